import { z } from "zod";

/** The name a candidate gives a passkey (ADR 114): this device's, at most 40 characters. */
export const passkeyNameField = z.string().trim().min(1, "passkeys.errors.name").max(40, "passkeys.errors.name");

/**
 * 删除 on one passkey (ADR 142): the list is one button-only form and the pressed button carries
 * its passkey's id (`intent`); the browser has nothing typed to check (`nothingTyped`).
 */
export const removePasskeySchema = z.object({ intent: z.guid("passkeys.errors.notFound") });

/** A button-only form whose id rides on the button pressed: nothing for the browser to check. */
export const nothingTyped = z.object({});

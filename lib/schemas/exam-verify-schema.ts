import { z } from "zod";

/** 九 证书核验 by number and the holder's name (the public form). */
export const verifyCertificateSchema = z.object({
  certificateNumber: z
    .string({ error: "publicNotice.verify.numberRequired" })
    .trim()
    .min(1, "publicNotice.verify.numberRequired")
    .max(40, "errors.tooLong"),
  name: z
    .string({ error: "publicNotice.verify.nameRequired" })
    .trim()
    .min(1, "publicNotice.verify.nameRequired")
    .max(30, "errors.tooLong"),
});

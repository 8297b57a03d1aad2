import { z } from "zod";

/** RFC 5321's limit for a forward path: a longer address could not be delivered anyway. */
export const EMAIL_MAX_LENGTH = 254;

/**
 * What was typed, tidied: "" (or nothing) means no address. NFKC turns the full-width letters,
 * "＠" and "．" a Chinese input method leaves behind into ASCII. Only the domain is lower-cased:
 * domains are case-insensitive, but RFC 5321 lets a mail server tell local parts apart by case.
 */
function tidyAddress(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  const address = value.normalize("NFKC").trim();
  if (address === "") return null;
  const at = address.lastIndexOf("@");
  return at < 0 ? address : `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
}

/**
 * Where the outbox mails a user's inbox messages (ADR 024, 045); null: none. zod's email pattern
 * keeps out spaces, quotes, commas and line breaks, so an address can neither smuggle a header
 * into a message nor split the comma-joined list an institution's message is sent to. Domains
 * in Chinese characters (IDN) are refused with the rest: the mailboxes people use here are ASCII.
 */
export const notificationEmailField = z.preprocess(
  tidyAddress,
  z.email("errors.email").max(EMAIL_MAX_LENGTH, "errors.emailTooLong").nullable(),
);

/** The inbox's "同时发送到邮箱" form: set, change, or (empty) remove the reader's own address. */
export const notificationEmailSchema = z.object({ email: notificationEmailField });
export type NotificationEmailData = z.output<typeof notificationEmailSchema>;

/** The form's two buttons (ADR 142): 保存 checks the address, 删除 (`intent=remove`) sends none, whatever the field holds. */
export const removeNotificationEmailSchema = z.object({ email: z.unknown() });

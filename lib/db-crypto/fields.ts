/**
 * Which columns are encrypted at rest (ADR 057), and which have a keyed-hash column for exact
 * lookups and uniqueness. The Prisma extension (./extension.ts), the data step and the key
 * rotation (./reencrypt.ts) all read this table.
 */
export interface TextField {
  /** The HMAC column beside it (exact `where`, unique indexes), if the portal looks the value up. */
  hash?: { column: string; domain: string };
  /** Encrypt only values for which this holds (User.login: only ID numbers; staff usernames stay plain). */
  encryptIf?: (value: string, data: Record<string, unknown>, mode: "create" | "update") => boolean;
}

/** A resident ID number: candidates log in with it (User.login). */
export const ID_NUMBER_SHAPE = /^\d{17}[\dXx]$/;

export const TEXT_FIELDS: Record<string, Record<string, TextField>> = {
  Candidate: {
    idNumber: { hash: { column: "idNumberHash", domain: "idNumber" } },
    // The ticket lookup (六) matches ID number and full name exactly: the name has a hash too.
    name: { hash: { column: "nameHash", domain: "name" } },
    mobile: {},
  },
  User: {
    // Every login has a hash (one indexed query at login); only a candidate's (an ID number) is encrypted,
    // so staff and institution usernames stay sortable and searchable in the admin and audit pages.
    login: { hash: { column: "loginHash", domain: "login" }, encryptIf: (value) => ID_NUMBER_SHAPE.test(value) },
    // A candidate's display name is their real name; staff and institution accounts' stay plain. An
    // update that does not say the kind (a name correction) encrypts.
    displayName: {
      encryptIf: (_v, data, mode) =>
        mode === "update" ? data.kind !== "STAFF" && data.kind !== "INSTITUTION" : data.kind === "CANDIDATE",
    },
    mobile: {},
  },
  StaffSecondFactor: { totpSecret: {} },
  // Payer names are people's names (often the candidate's); the proxy note (五(二)) names both.
  Payment: { payerName: {}, proxyNote: {} },
  BankStatementLine: { payerName: {} },
  // A refund names the payer and the account the money goes back to (ADR 080).
  Refund: { payerName: {}, payerAccount: {} },
  // Inbox messages name the candidate (review decisions: "王小明报名的…"); the outbox copies the body
  // in SQL (lib/server/notifications/outbox.ts), ciphertext and all, and its claim decrypts it.
  Notification: { body: {}, messageParams: {} },
  OutboxEmail: { body: {} },
  // Identity (issue 10) and rights (issue 11), added after the fact: appeals are looked up by ID number.
  AccountAppeal: { idNumber: { hash: { column: "idNumberHash", domain: "idNumber" } }, name: {}, contactMobile: {} },
  // A requested name, ID number or mobile.
  CorrectionRequest: { requestedValue: {} },
  // The subject is an ID number or a user id: codes are found by its hash.
  OneTimeCode: { subject: { hash: { column: "subjectHash", domain: "otpSubject" } }, mobile: {} },
  // The development provider's log (ADR 056): the staff page reads it decrypted; tests count by number.
  SmsMessage: { to: { hash: { column: "toHash", domain: "mobile" } }, text: {} },
  // Issue 13: who brought an institution's paper original and staff's notes on it; an applying
  // organisation's contact person.
  InstitutionDocument: { paperDeliveredBy: {}, paperNotes: {} },
  InstitutionApplication: { contactName: {}, contactMobile: {} },
  // A resumable archive's import report (ADR 108) lists file names (ID numbers) and candidates' names.
  ArchiveImport: { report: {} },
};

/** Byte columns encrypted whole (ADR 004's stored files). */
export const BYTES_FIELDS: Record<string, readonly string[]> = {
  StoredFile: ["data"],
};

/** Result keys the read path decrypts (raw queries included, so their aliases must keep these names). */
export const DECRYPTED_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(TEXT_FIELDS).flatMap((fields) => Object.keys(fields)),
  ...Object.values(BYTES_FIELDS).flat(),
]);

/** Spaces and full-width forms do not make a different name (the lookup hashes the normalized form). */
export function normalizeForHash(domain: string, value: string): string {
  if (domain === "name") return value.normalize("NFKC").replace(/\s+/gu, "");
  if (domain === "idNumber" || domain === "login" || domain === "mobile") return value.trim();
  return value;
}

import { makePdf, sizeKb } from "@/tests/support/files";
import { SIGNED_IN, only, form, file, pdf, get, post, params, fn, APP, PAY, personal, type AccessCase } from "./cases-support";

const ATTACH = "app/api/applications/[id]/attachments/[kind]/route.ts";

/** Public entries and the candidate's own application: nobody else, whatever their role. */
export const CANDIDATE_CASES: Record<string, AccessCase> = {
  // ── public: no session by design (public pages of 三 四 六 九, the JSON API) ──
  "app/[locale]/appeal/actions.ts#submitAppealAction": {
    public:
      "账号申诉: anyone who lost their mobile or their ID number; limited per address and ID number (identity/appeal.test.ts)",
  },
  "app/[locale]/eligibility/actions.ts#checkEligibilityAction": { public: "附件1 self-check, computes only" },
  "app/[locale]/login/actions.ts#loginAction": { public: "the login itself (tests/integration/security/login.test.ts)" },
  "app/[locale]/login/logout-action.ts#logoutAction": { public: "ends the caller's own session only" },
  "app/[locale]/forgot-password/actions.ts#resetPasswordAction": {
    public: "忘记密码: the code goes to the account's own mobile (identity/reset-and-mobile.test.ts)",
  },
  "app/[locale]/login/sms-actions.ts#smsLoginAction": {
    public: "SMS-code login: the code goes to the account's own verified mobile (identity/sms-login.test.ts)",
  },
  "app/[locale]/signup/actions.ts#signUpAction": { public: "sign-up creates a new account" },
  "app/[locale]/verify/certificate/actions.ts#verifyCertificateAction": {
    public: "九 certificate check, rate-limited (lookup.test.ts)",
  },
  "app/api/auth/[...nextauth]/route.ts#GET": { public: "next-auth's own endpoints (csrf, session)" },
  "app/api/auth/[...nextauth]/route.ts#POST": { public: "next-auth's own endpoints (login, logout)" },
  "app/api/v1/batches/route.ts#GET": { public: "三, public calendar" },
  "app/api/v1/eligibility/route.ts#POST": { public: "附件1, computes only" },
  "app/api/v1/health/route.ts#GET": { public: "health check" },
  "app/api/v1/kept/[read]/route.ts#GET": { public: "附件1, 附件2, 三: the kept public reads (ADR 088)" },
  "app/api/v1/session/route.ts#GET": { public: "the caller's own kind and display name, or that there is no session" },
  "app/downloads/ticket-lookup/route.ts#POST": { public: "六 public ticket lookup, rate-limited (lookup.test.ts)" },
  "app/forms/[name]/route.ts#GET": { public: "blank forms of 四(二)2" },

  // ── the caller's own consent (issue 11): any candidate for themselves, nobody else ──
  "app/[locale]/me/consent/actions.ts#giveUploadConsentAction": {
    allow: ["another candidate"],
    call: () => fn("app/[locale]/me/consent/actions.ts", "giveUploadConsentAction")(null, form({ consent: "on" })),
  },

  "app/[locale]/me/data/download/route.ts#POST": {
    allow: ["another candidate"], // the caller's own data only (rights.test.ts)
    call: () => fn("app/[locale]/me/data/download/route.ts", "POST")(post("/me/data/download")),
  },
  "app/[locale]/me/data/actions.ts#closeAccountAction": {
    allow: ["another candidate"], // the caller's own account, with its password
    call: () =>
      fn("app/[locale]/me/data/actions.ts", "closeAccountAction")(null, form({ password: "Passw0rdOk", confirm: "on" })),
  },

  "app/[locale]/me/data/actions.ts#requestCorrectionAction": {
    allow: ["another candidate"], // the caller's own record
    call: () =>
      fn("app/[locale]/me/data/actions.ts", "requestCorrectionAction")(
        null,
        form({ field: "MOBILE", value: "13912340000", reason: "换号" }),
      ),
  },

  // ── the candidate's own application: nobody else, whatever their role ──
  [`${APP}#saveConditionAction`]: {
    allow: [],
    call: (w) => fn(APP, "saveConditionAction")(null, form({ applicationId: w.victim.draft, conditionCode: "P01-C2" })),
  },
  [`${APP}#savePersonalAction`]: {
    allow: [],
    call: (w) => fn(APP, "savePersonalAction")(null, form({ ...personal, applicationId: w.victim.draft })),
  },
  [`${APP}#savePledgeAction`]: {
    allow: [],
    call: (w) => fn(APP, "savePledgeAction")(null, form({ applicationId: w.victim.draft, pledge: "on" })),
  },
  [`${APP}#submitApplicationAction`]: {
    allow: [],
    call: (w) => fn(APP, "submitApplicationAction")(null, form({ applicationId: w.victim.draft })),
  },
  "app/api/applications/[id]/submit/route.ts#POST": {
    allow: [],
    call: (w) =>
      fn("app/api/applications/[id]/submit/route.ts", "POST")(
        post(`/api/applications/${w.victim.draft}/submit`),
        params({ id: w.victim.draft }),
      ),
  },
  [`${APP}#deleteAttachmentAction`]: {
    allow: [],
    call: (w) => fn(APP, "deleteAttachmentAction")(null, form({ applicationId: w.victim.draft, kind: "PHOTO" })),
  },
  [`${APP}#uploadAttachmentFormAction`]: {
    allow: [],
    call: (w) =>
      fn(APP, "uploadAttachmentFormAction")(
        null,
        form({ applicationId: w.victim.draft, kind: "PLEDGE", file: file("承诺书.pdf") }),
      ),
  },
  // Issue 16: 保存并继续 without JavaScript posts the step's chosen files.
  [`${APP}#saveUploadsFormAction`]: {
    allow: [],
    call: (w) =>
      fn(APP, "saveUploadsFormAction")(
        null,
        form({ applicationId: w.victim.draft, next: "pledge", "file-PLEDGE": file("承诺书.pdf") }),
      ),
  },
  // Issue 16, ADR 092: the upload fields' route (upload with progress, preview, delete).
  [`${ATTACH}#GET`]: {
    allow: [],
    call: (w) =>
      fn(ATTACH, "GET")(
        get(`/api/applications/${w.victim.draft}/attachments/PHOTO`),
        params({ id: w.victim.draft, kind: "PHOTO" }),
      ),
  },
  [`${ATTACH}#PUT`]: {
    allow: [],
    call: (w) =>
      fn(ATTACH, "PUT")(
        new Request(`http://portal.test/api/applications/${w.victim.draft}/attachments/PLEDGE`, {
          method: "PUT",
          headers: { host: "portal.test", origin: "http://portal.test", "x-file-name": "pledge.pdf" },
          body: makePdf(sizeKb(220)),
        }),
        params({ id: w.victim.draft, kind: "PLEDGE" }),
      ),
  },
  [`${ATTACH}#DELETE`]: {
    allow: [],
    call: (w) =>
      fn(ATTACH, "DELETE")(
        new Request(`http://portal.test/api/applications/${w.victim.draft}/attachments/PHOTO`, {
          method: "DELETE",
          headers: { host: "portal.test", origin: "http://portal.test" },
        }),
        params({ id: w.victim.draft, kind: "PHOTO" }),
      ),
  },
  [`${APP}#uploadAttachmentAction`]: {
    allow: [],
    call: (w) => fn(APP, "uploadAttachmentAction")(w.victim.draft, null, form({ kind: "PLEDGE", file: file("承诺书.pdf") })),
  },
  [`${PAY}#submitPaymentAction`]: {
    allow: [],
    call: (w) =>
      fn(PAY, "submitPaymentAction")(
        null,
        form({
          applicationId: w.victim.approved,
          payerName: "受害考生",
          amount: "300",
          transferDate: "2025-05-08",
          proxyNote: "",
          receipt: pdf("回单.pdf"),
        }),
      ),
  },
  "app/[locale]/me/apply/actions.ts#startApplicationAction": {
    allow: only("another candidate"),
    call: (w) =>
      fn("app/[locale]/me/apply/actions.ts", "startApplicationAction")(null, form({ batchId: w.batch5, projectSeq: "4" })),
  },
  "app/[locale]/me/inbox/actions.ts#markReadAction": {
    allow: [],
    call: (w) => fn("app/[locale]/me/inbox/actions.ts", "markReadAction")(null, form({ target: w.victim.notification })),
    harmless: (outcome) => (outcome as { ok?: boolean; data?: { marked?: number } }).data?.marked === 0,
  },
  "app/[locale]/me/inbox/actions.ts#setNotificationEmailAction": {
    // The caller's own address (no user id is taken from the form); staff have no inbox.
    allow: only("another candidate", "another institution"),
    call: () =>
      fn("app/[locale]/me/inbox/actions.ts", "setNotificationEmailAction")(null, form({ email: "intruder@example.com" })),
  },
  "app/[locale]/me/mobile/actions.ts#changeMobileAction": {
    // The caller's own account only (no user id is taken from the form); candidates only.
    allow: only("another candidate"),
    call: () =>
      fn("app/[locale]/me/mobile/actions.ts", "changeMobileAction")(
        null,
        form({ intent: "code", mobile: "13900000000", currentPassword: "x" }),
      ),
  },
  "app/[locale]/me/password/actions.ts#changePasswordAction": {
    allow: SIGNED_IN,
    call: () =>
      fn("app/[locale]/me/password/actions.ts", "changePasswordAction")(
        null,
        form({ currentPassword: "x", newPassword: "Harbor2026new", confirmPassword: "Harbor2026new" }),
      ),
  },
  "app/downloads/ticket/[applicationId]/route.ts#GET": {
    allow: [],
    call: (w) =>
      fn("app/downloads/ticket/[applicationId]/route.ts", "GET")(
        get(`/downloads/ticket/${w.victim.confirmed}`),
        params({ applicationId: w.victim.confirmed }),
      ),
  },
  "app/downloads/certificate/[applicationId]/route.ts#GET": {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn("app/downloads/certificate/[applicationId]/route.ts", "GET")(
        get(`/downloads/certificate/${w.victim.confirmed}`),
        params({ applicationId: w.victim.confirmed }),
      ),
  },
  // Issue 16: passkeys (ADR 114), candidates' own (identity/passkeys.test.ts).
  "app/[locale]/login/passkey-actions.ts#passkeyLoginOptionsAction": {
    public: "the start of a login: a one-time challenge, limited per address before any work",
  },
  "app/[locale]/login/passkey-actions.ts#passkeyLoginAction": {
    public: "a login: the assertion is verified against the challenge of the asker's cookie, limited per address",
  },
  "app/[locale]/me/security/passkey-actions.ts#passkeyRegistrationOptionsAction": {
    allow: only("another candidate"), // for the candidate's own account
    call: () => fn("app/[locale]/me/security/passkey-actions.ts", "passkeyRegistrationOptionsAction")(),
    refusedAs: /^passkeys\.errors\.candidatesOnly$/, // passkeys are for candidates' accounts (ADR 114)
  },
  "app/[locale]/me/security/passkey-actions.ts#finishPasskeyRegistrationAction": {
    allow: only("another candidate"),
    call: () =>
      fn("app/[locale]/me/security/passkey-actions.ts", "finishPasskeyRegistrationAction")("手机", {
        id: "x",
        rawId: "x",
        type: "public-key",
        response: { clientDataJSON: "", attestationObject: "" },
        clientExtensionResults: {},
      }),
    refusedAs: /^passkeys\.errors\.(expired|candidatesOnly)$/, // no challenge of the asker's own: nothing can be registered
  },
  "app/[locale]/me/security/passkey-actions.ts#removePasskeyAction": {
    allow: [],
    call: () =>
      fn("app/[locale]/me/security/passkey-actions.ts", "removePasskeyAction")(
        null,
        form({ intent: "00000000-0000-4000-8000-000000000000" }),
      ),
    refusedAs: /^passkeys\.errors\.candidatesOnly$/,
  },
};

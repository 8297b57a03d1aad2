import { makePdf, sizeKb } from "@/tests/support/files";
import type { World } from "./world";

/**
 * Every server action and route handler of app/, keyed `file#export` (access.test.ts fails when
 * one is missing here). `allow` names the personas (world.ts) who may call it on the table's
 * target; every other persona must be refused and change nothing. `public` entries say why.
 * Staff console, institution channel: a new action is one line here.
 */
export type PersonaName =
  | "nobody"
  | "another candidate"
  | "another institution"
  | "REVIEWER"
  | "FINANCE"
  | "EXAM_OFFICER"
  | "ADMIN"
  | "staff without second factor";

export type Call = (w: World) => Promise<unknown>;

export type AccessCase =
  | { public: string }
  | {
      allow: readonly PersonaName[];
      call: Call;
      /** A call that went through but touched nothing of the target (e.g. "0 marked read"). */
      harmless?: (outcome: unknown) => boolean;
      /** The use case's own refusal for someone else's selection, when it is not "not found". */
      refusedAs?: RegExp;
    };

export const STAFF: readonly PersonaName[] = ["REVIEWER", "FINANCE", "EXAM_OFFICER", "ADMIN"];
export const SIGNED_IN: readonly PersonaName[] = [
  "another candidate",
  "another institution",
  ...STAFF,
  "staff without second factor",
];
const only = (...names: PersonaName[]) => names;

export function form(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const v of value) data.append(key, v);
    else data.set(key, value);
  }
  return data;
}

const file = (name: string, type = "application/pdf") => new File([new Uint8Array(2048).fill(65)], name, { type });
/** A real PDF: use cases that inspect the file before the owner must get past that check. */
const pdf = (name: string) => new File([makePdf(sizeKb(220))], name, { type: "application/pdf" });
const get = (url: string) => new Request(`http://portal.test${url}`);
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/** The imported action and route modules (access.test.ts loads them after its mocks). */
type Modules = Record<string, Record<string, unknown>>;
let m: Modules = {};
export function useModules(modules: Modules): void {
  m = modules;
}
/** The export, called with the arguments its form or page would pass (not type-checked: the table is data). */
const fn = (file: string, name: string) => {
  const f = m[file]?.[name];
  if (typeof f !== "function") throw new Error(`${file}#${name} not loaded`);
  return f as (...args: unknown[]) => Promise<unknown>;
};

const APP = "app/[locale]/me/applications/[id]/actions.ts";
const PAY = "app/[locale]/me/applications/[id]/pay/actions.ts";
const CAL = "app/[locale]/staff/admin/calendar-actions.ts";
const ORG = "app/[locale]/staff/admin/org-actions.ts";
const PAYMENTS = "app/[locale]/staff/payments/actions.ts";
const PLANS = "app/[locale]/staff/plans/[id]/actions.ts";
const SITES = "app/[locale]/staff/plans/sites/actions.ts";
const RESULTS = "app/[locale]/staff/results/actions.ts";
const COLLECT = "app/[locale]/staff/results/[planId]/actions.ts";
const REVIEW = "app/[locale]/staff/review/actions.ts";
const CANDIDATES = "app/[locale]/institution/candidates/[id]/actions.ts";
const ROSTER = "app/[locale]/institution/roster/actions.ts";
const ZIP = "app/[locale]/institution/attachments/actions.ts";
const INST_PAY = "app/[locale]/institution/payments/actions.ts";

const personal = {
  education: "bachelor",
  graduatingThisYear: "false",
  school: "被改的学校",
  address: "成都市武侯区人民南路三段17号",
  educationProofCase: "1",
};
const batchForm = {
  year: "2042",
  registrationStart: "2042-03-02",
  registrationEnd: "2042-03-09",
  reviewStart: "2042-03-09",
  reviewEnd: "2042-03-20",
  paymentStart: "2042-03-23",
  paymentEnd: "2042-03-25",
  ticketStart: "2042-04-06",
  ticketEnd: "2042-04-10",
  examDate: "2042-04-11",
};

export const ACCESS: Record<string, AccessCase> = {
  // ── public: no session by design (public pages of 三 四 六 九, the JSON API) ──
  "app/[locale]/eligibility/actions.ts#checkEligibilityAction": { public: "附件1 self-check, computes only" },
  "app/[locale]/login/actions.ts#loginAction": { public: "the login itself (tests/integration/security/login.test.ts)" },
  "app/[locale]/login/logout-action.ts#logoutAction": { public: "ends the caller's own session only" },
  "app/[locale]/signup/actions.ts#signUpAction": { public: "sign-up creates a new account" },
  "app/[locale]/verify/certificate/actions.ts#verifyCertificateAction": {
    public: "九 certificate check, rate-limited (lookup.test.ts)",
  },
  "app/api/auth/[...nextauth]/route.ts#GET": { public: "next-auth's own endpoints (csrf, session)" },
  "app/api/auth/[...nextauth]/route.ts#POST": { public: "next-auth's own endpoints (login, logout)" },
  "app/api/v1/batches/route.ts#GET": { public: "三, public calendar" },
  "app/api/v1/eligibility/route.ts#POST": { public: "附件1, computes only" },
  "app/api/v1/health/route.ts#GET": { public: "health check" },
  "app/api/v1/institutions/route.ts#GET": { public: "附件2" },
  "app/api/v1/projects/route.ts#GET": { public: "附件1" },
  "app/api/v1/session/route.ts#GET": { public: "the caller's own kind and display name, or that there is no session" },
  "app/downloads/ticket-lookup/route.ts#POST": { public: "六 public ticket lookup, rate-limited (lookup.test.ts)" },
  "app/forms/[name]/route.ts#GET": { public: "blank forms of 四(二)2" },

  // ── the candidate's own application: nobody else, whatever their role ──
  [`${APP}#saveConditionAction`]: {
    allow: [],
    call: (w) => fn(APP, "saveConditionAction")(w.victim.draft, null, form({ conditionCode: "P01-C2" })),
  },
  [`${APP}#savePersonalAction`]: { allow: [], call: (w) => fn(APP, "savePersonalAction")(w.victim.draft, null, form(personal)) },
  [`${APP}#savePledgeAction`]: {
    allow: [],
    call: (w) => fn(APP, "savePledgeAction")(w.victim.draft, null, form({ pledge: "on" })),
  },
  [`${APP}#submitApplicationAction`]: { allow: [], call: (w) => fn(APP, "submitApplicationAction")(w.victim.draft, null) },
  [`${APP}#uploadAttachmentAction`]: {
    allow: [],
    call: (w) => fn(APP, "uploadAttachmentAction")(w.victim.draft, null, form({ kind: "PLEDGE", file: file("承诺书.pdf") })),
  },
  [`${PAY}#submitPaymentAction`]: {
    allow: [],
    call: (w) =>
      fn(PAY, "submitPaymentAction")(
        w.victim.approved,
        null,
        form({ payerName: "受害考生", amount: "300", transferDate: "2025-05-08", proxyNote: "", receipt: pdf("回单.pdf") }),
      ),
  },
  "app/[locale]/me/apply/actions.ts#startApplicationAction": {
    allow: only("another candidate"),
    call: (w) =>
      fn("app/[locale]/me/apply/actions.ts", "startApplicationAction")(null, form({ batchId: w.batch5, projectSeq: "4" })),
  },
  "app/[locale]/me/inbox/actions.ts#markReadAction": {
    allow: [],
    call: (w) => fn("app/[locale]/me/inbox/actions.ts", "markReadAction")(w.victim.notification, null),
    harmless: (outcome) => (outcome as { ok?: boolean; data?: { marked?: number } }).data?.marked === 0,
  },
  "app/[locale]/me/inbox/actions.ts#setNotificationEmailAction": {
    // The caller's own address (no user id is taken from the form); staff have no inbox.
    allow: only("another candidate", "another institution"),
    call: () =>
      fn("app/[locale]/me/inbox/actions.ts", "setNotificationEmailAction")(null, form({ email: "intruder@example.com" })),
  },
  "app/[locale]/me/password/actions.ts#changePasswordAction": {
    allow: SIGNED_IN,
    call: () =>
      fn("app/[locale]/me/password/actions.ts", "changePasswordAction")(
        null,
        form({ currentPassword: "x", newPassword: "NewPassw0rd", confirmPassword: "NewPassw0rd" }),
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

  // ── the institution's own candidates, rosters and payments ──
  [`${CANDIDATES}#saveCandidatePersonalAction`]: {
    allow: [],
    call: (w) => fn(CANDIDATES, "saveCandidatePersonalAction")(w.institution.draft, null, form(personal)),
  },
  [`${CANDIDATES}#saveCandidateConditionAction`]: {
    allow: [],
    call: (w) => fn(CANDIDATES, "saveCandidateConditionAction")(w.institution.draft, null, form({ conditionCode: "P03-C1" })),
  },
  [`${CANDIDATES}#submitCandidateAction`]: {
    allow: [],
    call: (w) => fn(CANDIDATES, "submitCandidateAction")(w.institution.draft, null),
  },
  [`${ROSTER}#previewRosterAction`]: {
    allow: only("another institution"),
    call: (w) =>
      fn(ROSTER, "previewRosterAction")(null, form({ batchId: w.institution.batch, file: file("花名册.csv", "text/csv") })),
  },
  [`${ROSTER}#submitRosterAction`]: {
    allow: [],
    call: (w) => fn(ROSTER, "submitRosterAction")(null, form({ uploadId: w.institution.upload, pledge: "on" })),
  },
  [`${ZIP}#importZipAction`]: {
    allow: only("another institution"),
    call: (w) =>
      fn(ZIP, "importZipAction")(null, form({ batchId: w.institution.batch, file: file("scans.zip", "application/zip") })),
  },
  [`${ZIP}#submitCompleteAction`]: {
    allow: only("another institution"),
    call: (w) => fn(ZIP, "submitCompleteAction")(null, form({ batchId: w.institution.batch })),
  },
  "app/[locale]/institution/documents/actions.ts#uploadDocumentAction": {
    allow: only("another institution"),
    call: (w) =>
      fn("app/[locale]/institution/documents/actions.ts", "uploadDocumentAction")(
        null,
        form({ batchId: w.institution.batch, kind: "COMMITMENT_LETTER", file: file("承诺书.pdf") }),
      ),
  },
  [`${INST_PAY}#paymentNoticeAction`]: {
    allow: [],
    call: (w) =>
      fn(INST_PAY, "paymentNoticeAction")(
        null,
        form({ planId: w.institution.payPlan, applicationIds: [w.institution.approved] }),
      ),
    refusedAs: /^institution\.errors\.payment\.selectionChanged$/,
  },
  [`${INST_PAY}#submitBulkPaymentAction`]: {
    allow: [],
    call: (w) =>
      fn(INST_PAY, "submitBulkPaymentAction")(
        null,
        form({
          planId: w.institution.payPlan,
          applicationIds: [w.institution.approved],
          payerName: "某机构",
          amount: "300",
          transferDate: "2025-05-08",
          examDate: "2025-05-24",
          headCount: "1",
          receipt: pdf("回单.pdf"),
        }),
      ),
    refusedAs: /^institution\.errors\.payment\.selectionChanged$/,
  },
  "app/downloads/institution/roster-template/route.ts#GET": {
    allow: only("another institution"),
    call: () => fn("app/downloads/institution/roster-template/route.ts", "GET")(),
  },
  "app/downloads/institution/roster/[uploadId]/invalid/route.ts#GET": {
    allow: [],
    call: (w) =>
      fn("app/downloads/institution/roster/[uploadId]/invalid/route.ts", "GET")(
        get("/x"),
        params({ uploadId: w.institution.upload }),
      ),
  },
  "app/downloads/institution/tickets/[planId]/route.ts#GET": {
    allow: only("another institution"), // its own candidates of that plan only (none here): an empty answer, tested in institution/tickets.test.ts
    call: (w) =>
      fn("app/downloads/institution/tickets/[planId]/route.ts", "GET")(get("/x"), params({ planId: w.institution.plan })),
  },
  "app/downloads/institution/collection-form/[planId]/route.ts#GET": {
    allow: only("another institution"),
    call: (w) =>
      fn("app/downloads/institution/collection-form/[planId]/route.ts", "GET")(get("/x"), params({ planId: w.institution.plan })),
  },

  // ── staff: each action its role, with a second factor (ADR 011) ──
  [`${REVIEW}#approveAction`]: {
    allow: only("REVIEWER"),
    call: (w) => fn(REVIEW, "approveAction")(w.victim.draft, null, form({ version: "0" })),
  },
  [`${REVIEW}#returnAction`]: {
    allow: only("REVIEWER"),
    call: (w) => fn(REVIEW, "returnAction")(w.victim.draft, null, form({ version: "0", "reason.general": "请补充材料" })),
  },
  [`${REVIEW}#rejectAction`]: {
    allow: only("REVIEWER"),
    call: (w) => fn(REVIEW, "rejectAction")(w.victim.draft, null, form({ version: "0", reason: "不符合条件" })),
  },
  [`${REVIEW}#bulkApproveAction`]: {
    allow: only("REVIEWER"),
    call: (w) => fn(REVIEW, "bulkApproveAction")(null, form({ item: [`${w.victim.draft}:0`] })),
  },
  [`${PAYMENTS}#confirmPaymentAction`]: {
    allow: only("FINANCE"),
    call: (w) => fn(PAYMENTS, "confirmPaymentAction")(w.payment, null),
  },
  [`${PAYMENTS}#returnPaymentAction`]: {
    allow: only("FINANCE"),
    call: (w) => fn(PAYMENTS, "returnPaymentAction")(w.payment, null, form({ reason: "金额不符" })),
  },
  [`${PAYMENTS}#importStatementAction`]: {
    allow: only("FINANCE"),
    call: () => fn(PAYMENTS, "importStatementAction")(null, form({ file: file("statement.csv", "text/csv") })),
  },
  [`${PAYMENTS}#acceptMatchesAction`]: {
    allow: only("FINANCE"),
    call: (w) => fn(PAYMENTS, "acceptMatchesAction")(null, form({ pair: [`${w.payment}:${w.payment}`] })),
  },
  [`${PLANS}#holdPlanAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "holdPlanAction")(w.plan, null, form({ reason: "" })),
  },
  [`${PLANS}#cancelPlanAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "cancelPlanAction")(w.plan, null, form({ reason: "人数不足" })),
  },
  [`${PLANS}#movePlanAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "movePlanAction")(w.plan, null, form({ reason: "人数不足", targetBatchId: w.examBatch })),
  },
  [`${PLANS}#assignSeatsAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "assignSeatsAction")(w.heldPlan, null, form({ siteId: w.site, reset: "on" })),
  },
  [`${PLANS}#setSeatAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "setSeatAction")(null, form({ applicationId: w.victim.confirmed, roomId: w.room, seat: "3" })),
  },
  [`${SITES}#saveSiteAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(SITES, "saveSiteAction")(w.site, null, form({ name: "改名的考点", address: "成都市青羊区东二巷18号" })),
  },
  [`${SITES}#saveRoomAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(SITES, "saveRoomAction")(w.room, null, form({ siteId: w.site, name: "999", capacity: "40" })),
  },
  [`${SITES}#deleteSiteOrRoomAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(SITES, "deleteSiteOrRoomAction")({ kind: "room", id: w.room }, null),
  },
  "app/[locale]/staff/exam/check-in/actions.ts#lookupCheckInAction": {
    allow: only("EXAM_OFFICER"),
    call: () => fn("app/[locale]/staff/exam/check-in/actions.ts", "lookupCheckInAction")(null, form({ code: "25050100019" })),
  },
  "app/[locale]/staff/exam/check-in/actions.ts#confirmCheckInAction": {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn("app/[locale]/staff/exam/check-in/actions.ts", "confirmCheckInAction")(
        null,
        form({ applicationId: w.victim.confirmed }),
      ),
  },
  [`${RESULTS}#importScoresAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(RESULTS, "importScoresAction")(w.examBatch, null, form({ file: file("scores.csv", "text/csv") })),
  },
  [`${RESULTS}#publishNoticeAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(RESULTS, "publishNoticeAction")({ planId: w.heldPlan }, null),
  },
  [`${RESULTS}#issueCertificatesAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(RESULTS, "issueCertificatesAction")(w.heldPlan, null),
  },
  [`${COLLECT}#personalCollectionAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn(COLLECT, "personalCollectionAction")(null, form({ applicationId: w.victim.confirmed, idChecked: "on", note: "" })),
  },
  [`${COLLECT}#institutionCollectionAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn(COLLECT, "institutionCollectionAction")(
        w.heldPlan,
        null,
        form({ institutionId: w.institution.id, collector: "张三", formSigned: "on", note: "" }),
      ),
  },
  [`${COLLECT}#correctScoreAction`]: {
    allow: only("EXAM_OFFICER"), // ADR 047: not ADMIN, who manages accounts, not results
    call: (w) =>
      fn(COLLECT, "correctScoreAction")(
        null,
        form({
          applicationId: w.victim.confirmed,
          expected: "60",
          seen: "0",
          score: "10",
          reason: "篡改成绩的尝试",
          revokeCertificate: "on",
        }),
      ),
  },
  [`${CAL}#saveBatchAction`]: { allow: only("ADMIN"), call: () => fn(CAL, "saveBatchAction")(null, null, form(batchForm)) },
  [`${CAL}#publishBatchAction`]: { allow: only("ADMIN"), call: (w) => fn(CAL, "publishBatchAction")(w.batch5, false) },
  [`${CAL}#setHolidayAction`]: {
    allow: only("ADMIN"),
    call: () => fn(CAL, "setHolidayAction")(null, form({ date: "2042-10-08", isWorkingDay: "on", note: "调休" })),
  },
  [`${CAL}#deleteHolidayAction`]: { allow: only("ADMIN"), call: () => fn(CAL, "deleteHolidayAction")("2042-10-08") },
  [`${CAL}#setFeeAction`]: { allow: only("ADMIN"), call: () => fn(CAL, "setFeeAction")(7, null, form({ yuan: "1" })) },
  [`${CAL}#setPayeeAction`]: {
    allow: only("ADMIN"),
    call: () => fn(CAL, "setPayeeAction")(null, form({ name: "骗子公司", account: "6222 0000 0000 0000", bank: "某银行" })),
  },
  [`${ORG}#saveInstitutionAction`]: {
    allow: only("ADMIN"),
    call: (w) =>
      fn(ORG, "saveInstitutionAction")(
        w.institution.id,
        null,
        form({ name: "被改名的机构", address: "成都市某路1号", contacts: "张三 13800000000", projects: ["1"] }),
      ),
  },
  [`${ORG}#setInstitutionActiveAction`]: {
    allow: only("ADMIN"),
    call: (w) => fn(ORG, "setInstitutionActiveAction")(w.institution.id, false),
  },
  [`${ORG}#createInstitutionUserAction`]: {
    allow: only("ADMIN"),
    call: (w) =>
      fn(ORG, "createInstitutionUserAction")(
        w.institution.id,
        null,
        form({ login: "intruder", displayName: "入侵者", password: "Passw0rdOk" }),
      ),
  },
  [`${ORG}#createStaffUserAction`]: {
    allow: only("ADMIN"),
    call: () =>
      fn(ORG, "createStaffUserAction")(
        null,
        form({ login: "intruder2", displayName: "入侵者", roles: ["ADMIN"], password: "Passw0rdOk" }),
      ),
  },
  [`${ORG}#setRolesAction`]: {
    allow: only("ADMIN"),
    call: (w) => fn(ORG, "setRolesAction")(w.staffUser, null, form({ roles: ["ADMIN"] })),
  },
  [`${ORG}#setUserDisabledAction`]: { allow: only("ADMIN"), call: (w) => fn(ORG, "setUserDisabledAction")(w.staffUser, true) },
  [`${ORG}#resetSecondFactorAction`]: { allow: only("ADMIN"), call: (w) => fn(ORG, "resetSecondFactorAction")(w.staffUser) },
  "app/[locale]/staff/security/actions.ts#startEnrollmentAction": {
    allow: [...STAFF, "staff without second factor"], // the caller's own second factor
    call: () => fn("app/[locale]/staff/security/actions.ts", "startEnrollmentAction")(null),
  },
  "app/[locale]/staff/security/actions.ts#confirmEnrollmentAction": {
    allow: [...STAFF, "staff without second factor"],
    call: () => fn("app/[locale]/staff/security/actions.ts", "confirmEnrollmentAction")(null, form({ code: "123456" })),
  },
  "app/[locale]/staff/files/[fileId]/route.ts#GET": {
    allow: STAFF, // every role of the center reads candidates' files (FILE_READER_ROLES)
    call: (w) =>
      fn("app/[locale]/staff/files/[fileId]/route.ts", "GET")(
        get(`/staff/files/${w.victim.photoFile}`),
        params({ fileId: w.victim.photoFile }),
      ),
  },
  "app/[locale]/staff/exam/photo/[applicationId]/route.ts#GET": {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn("app/[locale]/staff/exam/photo/[applicationId]/route.ts", "GET")(get("/x"), params({ applicationId: w.victim.draft })),
  },
  "app/[locale]/staff/exam/sign-in-sheet/route.ts#GET": {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn(
        "app/[locale]/staff/exam/sign-in-sheet/route.ts",
        "GET",
      )(get(`/staff/exam/sign-in-sheet?batch=${w.examBatch}&room=${w.room}`)),
  },
  "app/[locale]/staff/results/certificate/[applicationId]/route.ts#GET": {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn("app/[locale]/staff/results/certificate/[applicationId]/route.ts", "GET")(
        get("/x"),
        params({ applicationId: w.victim.confirmed }),
      ),
  },
  "app/[locale]/staff/results/collection-form/route.ts#GET": {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn(
        "app/[locale]/staff/results/collection-form/route.ts",
        "GET",
      )(get(`/staff/results/collection-form?plan=${w.heldPlan}&institution=${w.institution.id}`)),
  },
  "app/api/jobs/run/route.ts#POST": {
    allow: only("ADMIN"),
    call: () =>
      fn(
        "app/api/jobs/run/route.ts",
        "POST",
      )(
        new Request("http://portal.test/api/jobs/run", { method: "POST", headers: { "x-job-token": "guess-guess-guess-guess" } }),
      ),
  },
};

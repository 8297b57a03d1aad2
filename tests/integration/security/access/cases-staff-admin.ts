import { STAFF, only, form, get, params, fn, CAL, ORG, batchForm, type AccessCase } from "./cases-support";

/** 管理员's calendar and organisation, the security pages, appeals, paperwork, corrections, the staff file routes and the jobs route: each its role with a second factor (ADR 011). */
export const STAFF_ADMIN_CASES: Record<string, AccessCase> = {
  [`${CAL}#saveBatchAction`]: { allow: only("ADMIN"), call: () => fn(CAL, "saveBatchAction")(null, form(batchForm)) },
  [`${CAL}#publishBatchAction`]: {
    allow: only("ADMIN"),
    call: (w) => fn(CAL, "publishBatchAction")(null, form({ batchId: w.batch5, published: "false" })),
  },
  [`${CAL}#deleteBatchAction`]: {
    allow: only("ADMIN"),
    call: (w) => fn(CAL, "deleteBatchAction")(null, form({ batchId: w.batch5 })),
  },
  [`${CAL}#setHolidayYearAction`]: {
    allow: only("ADMIN"),
    call: () => fn(CAL, "setHolidayYearAction")(null, form({ year: "2042", schedule: "2042-10-01 至 2042-10-07 休 国庆节" })),
  },
  [`${CAL}#setHolidayAction`]: {
    allow: only("ADMIN"),
    call: () => fn(CAL, "setHolidayAction")(null, form({ date: "2042-10-08", isWorkingDay: "on", note: "调休" })),
  },
  [`${CAL}#deleteHolidayAction`]: {
    allow: only("ADMIN"),
    call: () => fn(CAL, "deleteHolidayAction")(null, form({ date: "2042-10-08" })),
  },
  "app/[locale]/staff/admin/return-reasons/actions.ts#saveReturnReasonAction": {
    allow: only("ADMIN"),
    call: () =>
      fn("app/[locale]/staff/admin/return-reasons/actions.ts", "saveReturnReasonAction")(
        null,
        form({
          reasonId: "",
          field: "general",
          textZh: "越权新增的理由",
          textEn: "added without the role",
          order: "0",
          active: "on",
        }),
      ),
  },
  [`${CAL}#setFeeAction`]: {
    allow: only("ADMIN"),
    call: () => fn(CAL, "setFeeAction")(null, form({ projectSeq: "7", yuan: "1" })),
  },
  [`${CAL}#setPayeeAction`]: {
    allow: only("ADMIN"),
    call: () => fn(CAL, "setPayeeAction")(null, form({ name: "骗子公司", account: "6222 0000 0000 0000", bank: "某银行" })),
  },
  [`${ORG}#saveInstitutionAction`]: {
    allow: only("ADMIN"),
    call: (w) =>
      fn(ORG, "saveInstitutionAction")(
        null,
        form({
          institutionId: w.institution.id,
          name: "被改名的机构",
          address: "成都市某路1号",
          contacts: "张三 13800000000",
          projects: ["1"],
        }),
      ),
  },
  [`${ORG}#setInstitutionActiveAction`]: {
    allow: only("ADMIN"),
    call: (w) => fn(ORG, "setInstitutionActiveAction")(null, form({ institutionId: w.institution.id, active: "false" })),
  },
  [`${ORG}#createInstitutionUserAction`]: {
    allow: only("ADMIN"),
    call: (w) =>
      fn(ORG, "createInstitutionUserAction")(
        null,
        form({ institutionId: w.institution.id, login: "intruder", displayName: "入侵者", password: "Lantern2025ok" }),
      ),
  },
  [`${ORG}#createStaffUserAction`]: {
    allow: only("ADMIN"),
    call: () =>
      fn(ORG, "createStaffUserAction")(
        null,
        form({ login: "intruder2", displayName: "入侵者", roles: ["ADMIN"], password: "Lantern2025ok" }),
      ),
  },
  [`${ORG}#setRolesAction`]: {
    allow: only("ADMIN"),
    call: (w) => fn(ORG, "setRolesAction")(null, form({ userId: w.staffUser, roles: ["ADMIN"] })),
  },
  [`${ORG}#setUserDisabledAction`]: {
    allow: only("ADMIN"),
    call: (w) => fn(ORG, "setUserDisabledAction")(null, form({ userId: w.staffUser, disabled: "true" })),
  },
  [`${ORG}#resetSecondFactorAction`]: {
    allow: only("ADMIN"),
    call: (w) => fn(ORG, "resetSecondFactorAction")(null, form({ userId: w.staffUser })),
  },
  "app/[locale]/staff/security/actions.ts#startEnrollmentAction": {
    // The caller's own second factor; institution users enroll too (issue 10).
    allow: [...STAFF, "staff without second factor", "another institution"],
    call: () => fn("app/[locale]/staff/security/actions.ts", "startEnrollmentAction")(null),
  },
  "app/[locale]/staff/security/actions.ts#confirmEnrollmentAction": {
    allow: [...STAFF, "staff without second factor", "another institution"],
    call: () => fn("app/[locale]/staff/security/actions.ts", "confirmEnrollmentAction")(null, form({ code: "123456" })),
  },
  "app/[locale]/staff/security/appeals/actions.ts#decideAppealAction": {
    allow: only("ADMIN"), // moving a record between accounts (identity/appeal.test.ts)
    call: () =>
      fn("app/[locale]/staff/security/appeals/actions.ts", "decideAppealAction")(
        null,
        form({ appealId: "00000000-0000-4000-8000-000000000000", intent: "approve", reason: "" }),
      ),
  },
  "app/[locale]/staff/security/appeals/[appealId]/files/[kind]/route.ts#GET": {
    allow: only("ADMIN"),
    call: () =>
      fn("app/[locale]/staff/security/appeals/[appealId]/files/[kind]/route.ts", "GET")(
        get("/x"),
        params({ appealId: "00000000-0000-4000-8000-000000000000", kind: "idFront" }),
      ),
  },
  "app/[locale]/staff/paperwork/actions.ts#recordPaperArrivalAction": {
    allow: only("REVIEWER"), // issue 13 item 6: the reviewer records institutions' paper originals
    call: (w) =>
      fn("app/[locale]/staff/paperwork/actions.ts", "recordPaperArrivalAction")(
        null,
        form({
          institutionId: w.institution.id,
          batchId: w.institution.batch,
          kind: "ROSTER",
          receivedOn: "2025-05-08",
          notes: "x",
        }),
      ),
  },
  "app/[locale]/staff/admin/institution-applications/actions.ts#decideInstitutionApplicationAction": {
    allow: only("ADMIN"), // issue 13 item 8: the administrator decides who becomes an institution
    call: () =>
      fn("app/[locale]/staff/admin/institution-applications/actions.ts", "decideInstitutionApplicationAction")(
        null,
        form({ applicationId: "00000000-0000-4000-8000-000000000000", intent: "reject", reason: "不属于所列单位类型" }),
      ),
  },
  "app/[locale]/staff/corrections/actions.ts#decideCorrectionAction": {
    allow: only("REVIEWER"), // issue 11: the reviewer decides corrections on the evidence
    call: (w) =>
      fn("app/[locale]/staff/corrections/actions.ts", "decideCorrectionAction")(
        null,
        form({ id: w.correction, intent: "approve" }),
      ),
  },
  "app/[locale]/staff/files/[fileId]/route.ts#GET": {
    allow: only("REVIEWER"), // issue 11: the reviewer opens scans and photos (FILE_ROLES); finance only receipts
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

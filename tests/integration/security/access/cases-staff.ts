import {
  STAFF,
  only,
  form,
  file,
  get,
  params,
  fn,
  CAL,
  ORG,
  PAYMENTS,
  PLANS,
  REFUNDS,
  SITES,
  RESULTS,
  COLLECT,
  REVIEW,
  batchForm,
  type AccessCase,
} from "./cases-support";

/** Staff: each action its role, with a second factor (ADR 011). */
export const STAFF_CASES: Record<string, AccessCase> = {
  // ── staff: each action its role, with a second factor (ADR 011) ──
  [`${REVIEW}#approveAction`]: {
    allow: only("REVIEWER"),
    call: (w) => fn(REVIEW, "approveAction")(null, form({ applicationId: w.victim.draft, version: "0" })),
  },
  [`${REVIEW}#returnAction`]: {
    allow: only("REVIEWER"),
    call: (w) =>
      fn(REVIEW, "returnAction")(null, form({ applicationId: w.victim.draft, version: "0", reason_general: "请补充材料" })),
  },
  [`${REVIEW}#rejectAction`]: {
    allow: only("REVIEWER"),
    call: (w) => fn(REVIEW, "rejectAction")(null, form({ applicationId: w.victim.draft, version: "0", reason: "不符合条件" })),
  },
  [`${REVIEW}#bulkApproveAction`]: {
    allow: only("REVIEWER"),
    call: (w) => fn(REVIEW, "bulkApproveAction")(null, form({ item: [`${w.victim.draft}:0`], confirm: "true" })),
  },
  [`${PAYMENTS}#confirmPaymentAction`]: {
    allow: only("FINANCE"),
    call: (w) => fn(PAYMENTS, "confirmPaymentAction")(null, form({ paymentId: w.payment })),
  },
  [`${PAYMENTS}#returnPaymentAction`]: {
    allow: only("FINANCE"),
    call: (w) => fn(PAYMENTS, "returnPaymentAction")(null, form({ paymentId: w.payment, reason: "金额不符" })),
  },
  [`${REFUNDS}#settleRefundAction`]: {
    allow: only("FINANCE"),
    call: (w) =>
      fn(REFUNDS, "settleRefundAction")(
        null,
        form({ refundId: w.refund, paidOn: "2025-05-08", bankReference: "TK0001", payerAccount: "6222 0001" }),
      ),
  },
  [`${REFUNDS}#closeCancelledReceiptAction`]: {
    allow: only("FINANCE"),
    call: (w) => fn(REFUNDS, "closeCancelledReceiptAction")(null, form({ paymentId: w.payment, arrived: "yes" })),
  },
  [`${PAYMENTS}#importStatementAction`]: {
    allow: only("FINANCE"),
    call: () => fn(PAYMENTS, "importStatementAction")(null, form({ file: file("statement.csv", "text/csv") })),
  },
  [`${PAYMENTS}#acceptMatchesAction`]: {
    allow: only("FINANCE"),
    call: (w) => fn(PAYMENTS, "acceptMatchesAction")(null, form({ pair: [`${w.payment}:${w.payment}`] })),
  },
  [`${PAYMENTS}#linkStatementLinesAction`]: {
    allow: only("FINANCE"),
    call: (w) =>
      fn(PAYMENTS, "linkStatementLinesAction")(
        null,
        form({ line: [w.payment], referenceCode: "GR23456789", reason: "电话核实" }),
      ),
  },
  [`${PAYMENTS}#dismissStatementLineAction`]: {
    allow: only("FINANCE"),
    call: (w) => fn(PAYMENTS, "dismissStatementLineAction")(null, form({ lineId: w.payment, reason: "非考核费收入" })),
  },
  [`${PLANS}#holdPlanAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "holdPlanAction")(null, form({ planId: w.plan, reason: "" })),
  },
  [`${PLANS}#cancelPlanAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "cancelPlanAction")(null, form({ planId: w.plan, reason: "人数不足", confirmed: "on" })),
  },
  [`${PLANS}#movePlanAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "movePlanAction")(null, form({ planId: w.plan, reason: "人数不足", targetBatchId: w.examBatch })),
  },
  [`${PLANS}#assignSeatsAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "assignSeatsAction")(null, form({ planId: w.heldPlan, siteId: w.site, reset: "on" })),
  },
  [`${PLANS}#setExamSessionAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn(PLANS, "setExamSessionAction")(null, form({ planId: w.heldPlan, startTime: "09:00", endTime: "11:00", roomId: "" })),
  },
  [`${PLANS}#setSeatAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(PLANS, "setSeatAction")(null, form({ applicationId: w.victim.confirmed, roomId: w.room, seat: "3" })),
  },
  [`${SITES}#saveSiteAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) =>
      fn(SITES, "saveSiteAction")(null, form({ siteId: w.site, name: "改名的考点", address: "成都市青羊区东二巷18号" })),
  },
  [`${SITES}#saveRoomAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(SITES, "saveRoomAction")(null, form({ roomId: w.room, siteId: w.site, name: "999", capacity: "40" })),
  },
  [`${SITES}#deleteSiteOrRoomAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(SITES, "deleteSiteOrRoomAction")(null, form({ kind: "room", id: w.room })),
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
    call: (w) => fn(RESULTS, "importScoresAction")(null, form({ batchId: w.examBatch, file: file("scores.csv", "text/csv") })),
  },
  [`${RESULTS}#publishNoticeAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(RESULTS, "publishNoticeAction")(null, form({ planId: w.heldPlan, confirm: "true" })),
  },
  [`${RESULTS}#issueCertificatesAction`]: {
    allow: only("EXAM_OFFICER"),
    call: (w) => fn(RESULTS, "issueCertificatesAction")(null, form({ planId: w.heldPlan })),
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
        null,
        form({ planId: w.heldPlan, institutionId: w.institution.id, collector: "张三", formSigned: "on", note: "" }),
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
        null,
        form({ field: "general", textZh: "越权新增的理由", textEn: "added without the role", order: "0", active: "on" }),
      ),
  },
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
        form({ login: "intruder", displayName: "入侵者", password: "Lantern2025ok" }),
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
    call: (w) => fn(ORG, "setRolesAction")(w.staffUser, null, form({ roles: ["ADMIN"] })),
  },
  [`${ORG}#setUserDisabledAction`]: { allow: only("ADMIN"), call: (w) => fn(ORG, "setUserDisabledAction")(w.staffUser, true) },
  [`${ORG}#resetSecondFactorAction`]: { allow: only("ADMIN"), call: (w) => fn(ORG, "resetSecondFactorAction")(w.staffUser) },
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

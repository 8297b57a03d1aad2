import {
  only,
  form,
  file,
  fn,
  PAYMENTS,
  PLANS,
  REFUNDS,
  SITES,
  RESULTS,
  COLLECT,
  REVIEW,
  type AccessCase,
} from "./cases-support";

/** Staff's daily work: 审核, 财务 (payments, statements, refunds), 考务 (plans, seats, sites, results, collection), each action its role with a second factor (ADR 011). */
export const STAFF_WORK_CASES: Record<string, AccessCase> = {
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
};

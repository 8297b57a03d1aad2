import enCore from "./en/core.json";
import enStaff from "./en/staff.json";
import zhCore from "./zh-CN/core.json";
import zhStaff from "./zh-CN/staff.json";
import enStaffAdmin from "./en/staff-admin.json";
import enStaffPayments from "./en/staff-payments.json";
import enStaffReview from "./en/staff-review.json";
import zhStaffAdmin from "./zh-CN/staff-admin.json";
import zhStaffPayments from "./zh-CN/staff-payments.json";
import zhStaffReview from "./zh-CN/staff-review.json";
import enStaffExam from "./en/staff-exam.json";
import enPublicNotice from "./en/public-notice.json";
import enInbox from "./en/inbox.json";
import zhStaffExam from "./zh-CN/staff-exam.json";
import zhPublicNotice from "./zh-CN/public-notice.json";
import zhInbox from "./zh-CN/inbox.json";
import enInstitution from "./en/institution.json";
import zhInstitution from "./zh-CN/institution.json";
import enIdentity from "./en/identity.json";
import zhIdentity from "./zh-CN/identity.json";
import enWindowRules from "./en/window-rules.json";
import zhWindowRules from "./zh-CN/window-rules.json";
import enLimits from "./en/limits.json";
import zhLimits from "./zh-CN/limits.json";
import enPrivacy from "./en/privacy.json";
import zhPrivacy from "./zh-CN/privacy.json";
import enExamDay from "./en/exam-day.json";
import zhExamDay from "./zh-CN/exam-day.json";
import enGuide from "./en/guide.json";
import zhGuide from "./zh-CN/guide.json";
import enReconciliation from "./en/reconciliation.json";
import zhReconciliation from "./zh-CN/reconciliation.json";
import enHeader from "./en/header.json";
import zhHeader from "./zh-CN/header.json";
import enBatchHousekeeping from "./en/batch-housekeeping.json";
import zhBatchHousekeeping from "./zh-CN/batch-housekeeping.json";
import enAuditWords from "./en/audit-words.json";
import zhAuditWords from "./zh-CN/audit-words.json";
import enPlanDecisions from "./en/plan-decisions.json";
import zhPlanDecisions from "./zh-CN/plan-decisions.json";
import enRefunds from "./en/refunds.json";
import zhRefunds from "./zh-CN/refunds.json";
import enRareNames from "./en/rare-names.json";
import zhRareNames from "./zh-CN/rare-names.json";
import enPaperwork from "./en/paperwork.json";
import zhPaperwork from "./zh-CN/paperwork.json";
import enInstitutionDocs from "./en/institution-docs.json";
import zhInstitutionDocs from "./zh-CN/institution-docs.json";
import enInstitutionApply from "./en/institution-apply.json";
import zhInstitutionApply from "./zh-CN/institution-apply.json";
import enInstitutionBatch from "./en/institution-batch.json";
import zhInstitutionBatch from "./zh-CN/institution-batch.json";
import enPhoneUpload from "./en/phone-upload.json";
import zhPhoneUpload from "./zh-CN/phone-upload.json";
import enStaffWork from "./en/staff-work.json";
import zhStaffWork from "./zh-CN/staff-work.json";
import enInstitutionArchive from "./en/institution-archive.json";
import zhInstitutionArchive from "./zh-CN/institution-archive.json";
import enShell from "./en/shell.json";
import zhShell from "./zh-CN/shell.json";
import enPasskeys from "./en/passkeys.json";
import zhPasskeys from "./zh-CN/passkeys.json";
import enWhatNow from "./en/what-now.json";
import zhWhatNow from "./zh-CN/what-now.json";
import enRuleFailures from "./en/rule-failures.json";
import zhRuleFailures from "./zh-CN/rule-failures.json";
import enResumableUpload from "./en/resumable-upload.json";
import zhResumableUpload from "./zh-CN/resumable-upload.json";
import enTimelineNotes from "./en/timeline-notes.json";
import zhTimelineNotes from "./zh-CN/timeline-notes.json";
import enInboxMessages from "./en/inbox-messages.json";
import zhInboxMessages from "./zh-CN/inbox-messages.json";
import enDisplay from "./en/display.json";
import zhDisplay from "./zh-CN/display.json";
import enWhatNowClerk from "./en/what-now-clerk.json";
import zhWhatNowClerk from "./zh-CN/what-now-clerk.json";
import enPageGuard from "./en/page-guard.json";
import zhPageGuard from "./zh-CN/page-guard.json";

/**
 * One JSON file per area and locale, merged here (top-level namespaces must not collide), so
 * each area's strings live beside each other and edits to one area do not touch another's file.
 * The merged type of the Chinese messages types every message key (next-intl's AppConfig in
 * `global.d.ts`, `MessageKey` in lib/i18n/message-key.ts); a unit test proves English has the
 * same keys.
 */
type Messages = Record<string, unknown>;
type Merged<Parts extends Messages[]> = (
  Parts extends (infer Part)[] ? (Part extends unknown ? (x: Part) => void : never) : never
) extends (x: infer All) => void
  ? All
  : never;

function merge<const Parts extends Messages[]>(...parts: Parts): Merged<Parts> {
  const merged: Messages = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`messages: namespace "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return merged as Merged<Parts>;
}

const zhCN = merge(
  zhCore,
  zhStaff,
  zhStaffReview,
  zhStaffPayments,
  zhStaffAdmin,
  zhStaffExam,
  zhPublicNotice,
  zhInbox,
  zhInstitution,
  zhIdentity,
  zhWindowRules,
  zhLimits,
  zhPrivacy,
  zhExamDay,
  zhGuide,
  zhReconciliation,
  zhShell,
  zhHeader,
  zhBatchHousekeeping,
  zhAuditWords,
  zhPlanDecisions,
  zhRefunds,
  zhRareNames,
  zhPaperwork,
  zhInstitutionDocs,
  zhInstitutionApply,
  zhInstitutionBatch,
  zhPhoneUpload,
  zhInstitutionArchive,
  zhStaffWork,
  zhPasskeys,
  zhWhatNow,
  zhRuleFailures,
  zhResumableUpload,
  zhTimelineNotes,
  zhInboxMessages,
  zhDisplay,
  zhWhatNowClerk,
  zhPageGuard,
);

/** The Chinese messages' shape: the source of every message key. */
export type AppMessages = typeof zhCN;

const en: AppMessages = merge(
  enCore,
  enStaff,
  enStaffReview,
  enStaffPayments,
  enStaffAdmin,
  enStaffExam,
  enPublicNotice,
  enInbox,
  enInstitution,
  enIdentity,
  enWindowRules,
  enLimits,
  enPrivacy,
  enExamDay,
  enGuide,
  enReconciliation,
  enShell,
  enHeader,
  enBatchHousekeeping,
  enAuditWords,
  enPlanDecisions,
  enRefunds,
  enRareNames,
  enPaperwork,
  enInstitutionDocs,
  enInstitutionApply,
  enInstitutionBatch,
  enPhoneUpload,
  enInstitutionArchive,
  enStaffWork,
  enPasskeys,
  enWhatNow,
  enRuleFailures,
  enResumableUpload,
  enTimelineNotes,
  enInboxMessages,
  enDisplay,
  enWhatNowClerk,
  enPageGuard,
);

export const MESSAGES: Record<"zh-CN" | "en", AppMessages> = { "zh-CN": zhCN, en };

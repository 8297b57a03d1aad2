/**
 * The life of one application (四 review, 五 payment) as a table, so the server, the UI and the
 * tests read the same rules. The clock-driven events (lapse, forfeit) are fired by the server
 * when a window closes; this module only says which moves exist.
 */

/**
 * Spelled as the database spells them (ADR 136): one spelling from the row to the page, no
 * conversion anywhere. lib/server/applications/status.ts fails to compile if Prisma's enum drifts.
 */
export const APPLICATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "APPROVED",
  "REJECTED",
  "LAPSED",
  "PAYMENT_SUBMITTED",
  "PAYMENT_CONFIRMED",
  "FORFEITED",
  "CANCELLED",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_EVENTS = [
  "submit",
  "resubmit",
  "approve",
  "return",
  "reject",
  "lapse",
  "submit-payment",
  "confirm-payment",
  "return-payment",
  "forfeit",
  "expire-undecided",
  "cancel-plan",
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

/**
 * Nothing leaves these. payment-confirmed is not among them: it is the successful end of
 * registration, but a plan with too few candidates can still be cancelled (四 "不足10人…原则上
 * 不予组织考核"), which is the one move left to it.
 */
export const FINAL_STATUSES: readonly ApplicationStatus[] = ["REJECTED", "LAPSED", "FORFEITED", "CANCELLED"];

/**
 * Why each move exists:
 * - return → returned, resubmit → submitted: 四(二)3 "退回修改的须在审核期内提交修改".
 * - lapse: a returned application not resubmitted by the end of the review window (四(二)3
 *   "未在规定时间内提交修改…不再受理"). A submitted one the staff never decided does not lapse:
 *   that is the center's delay, not the candidate's (see expire-undecided).
 * - reject: 四(二)3 "审核不通过的即为报名失败" (final).
 * - return-payment: staff turn down a receipt missing 五's required fields; the candidate
 *   uploads another while the payment window is open.
 * - forfeit: 五 "未及时缴纳考核费的视为放弃报考" from approved after the payment window; from
 *   payment-submitted only after the payment grace (ADR 064): staff get a stated working day
 *   to confirm a receipt uploaded in time, and one nobody confirmed by then is forfeited.
 * - lapse from draft: a draft never submitted by the end of registration (ADR 064, the
 *   institution is told once in a digest).
 * - expire-undecided: a submitted application the center did not decide by the end of the
 *   review grace is cancelled, the candidate told it was the center's delay (ADR 064).
 * - cancel-plan: the plan is not held; every application still alive goes with it.
 */
const TRANSITIONS: Readonly<Record<ApplicationStatus, Partial<Record<ApplicationEvent, ApplicationStatus>>>> = {
  DRAFT: { submit: "SUBMITTED", lapse: "LAPSED", "cancel-plan": "CANCELLED" },
  SUBMITTED: {
    approve: "APPROVED",
    return: "RETURNED",
    reject: "REJECTED",
    "expire-undecided": "CANCELLED",
    "cancel-plan": "CANCELLED",
  },
  RETURNED: { resubmit: "SUBMITTED", lapse: "LAPSED", "cancel-plan": "CANCELLED" },
  APPROVED: { "submit-payment": "PAYMENT_SUBMITTED", forfeit: "FORFEITED", "cancel-plan": "CANCELLED" },
  PAYMENT_SUBMITTED: {
    "confirm-payment": "PAYMENT_CONFIRMED",
    "return-payment": "APPROVED",
    forfeit: "FORFEITED",
    "cancel-plan": "CANCELLED",
  },
  PAYMENT_CONFIRMED: { "cancel-plan": "CANCELLED" },
  REJECTED: {},
  LAPSED: {},
  FORFEITED: {},
  CANCELLED: {},
};

export type TransitionError = "final-status" | "invalid-transition";

export type TransitionResult = { ok: true; status: ApplicationStatus } | { ok: false; error: TransitionError };

export function transition(from: ApplicationStatus, event: ApplicationEvent): TransitionResult {
  const next = TRANSITIONS[from][event];
  if (next !== undefined) return { ok: true, status: next };
  return { ok: false, error: isFinal(from) ? "final-status" : "invalid-transition" };
}

export function canTransition(from: ApplicationStatus, event: ApplicationEvent): boolean {
  return TRANSITIONS[from][event] !== undefined;
}

/** Events that apply to `status`, in APPLICATION_EVENTS order: which buttons to show. */
export function allowedEvents(status: ApplicationStatus): ApplicationEvent[] {
  return APPLICATION_EVENTS.filter((e) => canTransition(status, e));
}

export function isFinal(status: ApplicationStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

import "server-only";
import { AppError } from "@/lib/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { certificateDates, deriveBatchDates, type CertificateDates } from "@/lib/domain/derived-dates";
import { shanghaiDate } from "@/lib/domain/calendar";
import { formatSession, sessionFor } from "@/lib/domain/exam-session";
import { maskIdNumber } from "@/lib/domain/id-number";
import { nextDeadline, type NextDeadline } from "@/lib/domain/next-deadline";
import { resultDisplay, type ResultDisplay } from "@/lib/domain/result-display";
import type { BatchDef, ConditionRule, EducationLevel, IsoDate } from "@/lib/domain/types";
import { applicationAbilities, type ApplicationAbilities } from "@/lib/domain/abilities";
import { ruleDates } from "@/lib/domain/window-rules-dates";
import { resultBadge, whatNow, type WhatNow } from "@/lib/domain/what-now";
import type { ApplicationStatus, AttachmentKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { isUuid } from "@/lib/domain/uuid";
import { ownershipFilter } from "./owned-application";
import { personalOf, personalSelect } from "./personal-data";
import { applicantRole } from "./window-verdict";

/** The abilities (`canEdit`, `canPay`, … and the verdicts `may`) come from lib/domain/abilities: pages only render them. */
export interface ApplicationDetailDto extends ApplicationAbilities {
  id: string;
  status: ApplicationStatus;
  channel: "INDIVIDUAL" | "INSTITUTION";
  draftStep: number;
  candidate: { name: string; maskedIdNumber: string };
  batch: BatchDef & { id: string };
  project: { seq: number; name: string };
  condition: { code: string; text: string; evidence: string | null; rule: ConditionRule } | null;
  personal: {
    education: EducationLevel | null;
    graduatingThisYear: boolean;
    school: string | null;
    major: string | null;
    graduationYear: number | null;
    occupation: string | null;
    employer: string | null;
    address: string | null;
    educationProofCase: number | null;
  };
  attachments: { kind: AttachmentKind; size: number; mime: string; originalName: string }[];
  pledgeAcceptedAt: string | null;
  submittedAt: string | null;
  reviewDueDate: IsoDate | null;
  returnReasons: Record<string, string> | null;
  rejectReason: string | null;
  ticketNumber: string | null;
  room: string | null;
  seat: number | null;
  /** 七: the session's time, e.g. "09:00—11:00"; null until the officer sets it. */
  examTime: string | null;
  score: number | null;
  absent: boolean;
  resultPublished: boolean;
  /** 八 by what happened (lib/domain/result-display); null until the notice is published. */
  result: ResultDisplay | null;
  /** 九 after 八: when the e-certificate and the paper one come; null until the notice is published. */
  certificateDates: CertificateDates | null;
  certificateNumber: string | null;
  planStatus: "OPEN" | "HELD" | "CANCELLED";
  planStatusReason: string | null;
  nextDeadline: NextDeadline | null;
  /** Issue 16 item 6: what happens next and what to do, one line for every state (lib/domain/what-now). */
  whatNow: WhatNow;
  /** After the result notice, the result instead of 「确认收费」 (a `whatNow.badge` key); null keeps the status. */
  resultBadge: "passed" | "failed" | "absent" | null;
  timeline: {
    at: string;
    fromStatus: ApplicationStatus | null;
    toStatus: ApplicationStatus;
    note: string | null;
    /** The note as a message key and values (ADR 123), rendered in the reader's language. */
    noteKey: string | null;
    noteParams: unknown;
  }[];
}

/**
 * What both reads select and show alike (the wizard's steps and the detail page): the applicant,
 * the chosen condition, the personal data, the files, the pledge, the return's reasons, and what
 * the abilities are decided on (ADR 152).
 */
const shownSelect = {
  id: true,
  status: true,
  decidedAt: true,
  channel: true,
  draftStep: true,
  candidate: { select: { name: true, idNumber: true } },
  condition: { select: { code: true, text: true, evidence: true, rule: true } },
  ...personalSelect,
  attachments: {
    select: { kind: true, file: { select: { size: true, mime: true, originalName: true } } },
    orderBy: { kind: "asc" },
  },
  pledgeAcceptedAt: true,
  returnReasons: true,
  ticketNumber: true,
  certificateNumber: true,
} as const satisfies Prisma.ApplicationSelect;

type ShownRow = Prisma.ApplicationGetPayload<{ select: typeof shownSelect }>;

/** The fields of `shownSelect` as both DTOs give them. */
function shownFields(row: ShownRow) {
  return {
    id: row.id,
    status: row.status,
    channel: row.channel,
    draftStep: row.draftStep,
    candidate: { name: row.candidate.name, maskedIdNumber: maskIdNumber(row.candidate.idNumber) },
    condition: row.condition ? { ...row.condition, rule: row.condition.rule as unknown as ConditionRule } : null,
    personal: { ...personalOf(row), education: row.education },
    attachments: row.attachments.map((a) => ({ kind: a.kind, ...a.file })),
    pledgeAcceptedAt: row.pledgeAcceptedAt?.toISOString() ?? null,
    returnReasons: (row.returnReasons as Record<string, string> | null) ?? null,
  };
}

/** The applicant's own view of one application; someone else's is NOT_FOUND. */
export async function getApplication(actor: Actor, applicationId: string, today: IsoDate): Promise<ApplicationDetailDto> {
  const filter = ownershipFilter(actor);
  if (!filter || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  // The holiday overrides beside the application, not after it: one round trip less per page (issue 14).
  const [row, calendar] = await Promise.all([
    db.application.findFirst({
      where: { id: applicationId, ...filter },
      select: {
        ...shownSelect,
        plan: {
          select: {
            status: true,
            statusReason: true,
            noticePublishedAt: true,
            examSessions: { select: { roomId: true, startTime: true, endTime: true } },
            batch: { select: batchSelect },
            project: { select: { seq: true, name: true } },
          },
        },
        submittedAt: true,
        reviewDueDate: true,
        rejectReason: true,
        room: { select: { name: true, site: { select: { name: true } } } },
        seat: true,
        roomId: true,
        score: true,
        absent: true,
        checkedInAt: true,
        events: {
          select: { at: true, fromStatus: true, toStatus: true, note: true, noteKey: true, noteParams: true },
          orderBy: { at: "asc" },
        },
      },
    }),
    loadWorkingDayCalendar(),
  ]);
  if (!row) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const batch = toBatchDef(row.plan.batch);
  const derived = deriveBatchDates(batch, calendar);
  const reviewDueDate = row.reviewDueDate ? toIsoDate(row.reviewDueDate) : null;
  const published = row.plan.noticePublishedAt !== null;
  const status = row.status;
  const abilities = applicationAbilities({
    role: applicantRole(actor),
    status,
    batch,
    day: today,
    dates: ruleDates(batch, calendar),
    decided: row.decidedAt !== null,
    channel: row.channel,
    ticketNumber: row.ticketNumber,
    certificateNumber: row.certificateNumber,
  });
  const { may } = abilities;
  const room = row.room ? `${row.room.site.name} ${row.room.name}` : null;
  const examTime = ((s) => (s ? formatSession(s) : null))(sessionFor(row.plan.examSessions, row.roomId));
  const result = published ? resultDisplay({ ...row, checkedIn: row.checkedInAt !== null, scoresImported: true }) : null;
  const certificates = row.plan.noticePublishedAt
    ? certificateDates(shanghaiDate(row.plan.noticePublishedAt), batch.examDate, calendar)
    : null;
  return {
    ...shownFields(row),
    batch,
    project: row.plan.project,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewDueDate,
    rejectReason: row.rejectReason,
    ticketNumber: row.ticketNumber,
    room,
    seat: row.seat,
    examTime,
    score: published ? row.score : null,
    absent: published ? row.absent : false,
    resultPublished: published,
    certificateDates: certificates,
    result,
    certificateNumber: row.certificateNumber,
    planStatus: row.plan.status,
    planStatusReason: row.plan.statusReason,
    nextDeadline: nextDeadline(status, batch, today, {
      reviewDueDate,
      resultNoticeStart: derived.resultNoticeStart,
    }),
    ...abilities,
    whatNow: whatNow({
      status,
      batch,
      day: today,
      may,
      planStatus: row.plan.status,
      reviewDueDate,
      ticketNumber: row.ticketNumber,
      examTime,
      room,
      result,
      certificateDates: certificates,
      resultNoticeStart: derived.resultNoticeStart,
      channel: row.channel,
    }),
    resultBadge: resultBadge(status, result),
    timeline: row.events.map((e) => ({
      at: e.at.toISOString(),
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      noteKey: e.noteKey,
      noteParams: e.noteParams,
    })),
  };
}

/** What the wizard's steps show (ADR 152): the detail view less the timeline, the exam, the result and the "what now" line. */
export type WizardApplicationDto = Pick<
  ApplicationDetailDto,
  | "id"
  | "status"
  | "channel"
  | "draftStep"
  | "candidate"
  | "batch"
  | "project"
  | "condition"
  | "personal"
  | "attachments"
  | "pledgeAcceptedAt"
  | "returnReasons"
> &
  ApplicationAbilities;

/**
 * The applicant's own application as the wizard's steps read it, on every step of every
 * candidate's opening morning: what `getApplication` reads less the events, the exam sessions, the
 * room and what is derived from them (ADR 152). Same owner check, same abilities.
 */
export async function getWizardApplication(actor: Actor, applicationId: string, today: IsoDate): Promise<WizardApplicationDto> {
  const filter = ownershipFilter(actor);
  if (!filter || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const [row, calendar] = await Promise.all([
    db.application.findFirst({
      where: { id: applicationId, ...filter },
      select: {
        ...shownSelect,
        plan: { select: { batch: { select: batchSelect }, project: { select: { seq: true, name: true } } } },
      },
    }),
    loadWorkingDayCalendar(),
  ]);
  if (!row) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const batch = toBatchDef(row.plan.batch);
  const abilities = applicationAbilities({
    role: applicantRole(actor),
    status: row.status,
    batch,
    day: today,
    dates: ruleDates(batch, calendar),
    decided: row.decidedAt !== null,
    channel: row.channel,
    ticketNumber: row.ticketNumber,
    certificateNumber: row.certificateNumber,
  });
  return { ...shownFields(row), batch, project: row.plan.project, ...abilities };
}

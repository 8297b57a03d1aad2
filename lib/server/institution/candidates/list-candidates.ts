import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { missingAttachments } from "@/lib/domain/attachments";
import { deriveBatchDates } from "@/lib/domain/derived-dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import { idNumberText, parseName } from "@/lib/domain/roster/values";
import { ID_NUMBER_SHAPE } from "@/lib/db-crypto/fields";
import { nextDeadline, type NextDeadline } from "@/lib/domain/next-deadline";
import type { ConditionRule, IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { CandidateFilter } from "@/lib/schemas/institution-filter-schema";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { loadInstitutionScope, scopedApplications } from "../scope";

export const CANDIDATES_PAGE_SIZE = 100;

export interface InstitutionCandidateRow {
  id: string;
  name: string;
  maskedIdNumber: string;
  projectName: string;
  batch: { year: number; seq: number };
  status: ApplicationStatus;
  /** The same countdown the candidate would see (lib/domain/next-deadline). */
  nextDeadline: NextDeadline | null;
  /** Scans still missing while the application can take them. */
  missing: number;
  hasReturnReasons: boolean;
}

export interface InstitutionCandidateList {
  rows: InstitutionCandidateRow[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Issue 13 item 3: search by a full ID number or a full name. Both are encrypted at rest, so the
 * database compares their HMACs (the db-crypto extension turns an exact `where` into the hash
 * column's): an ID number exactly (any case of X), a name exactly as on the ID card.
 */
function searchWhere(q: string | undefined) {
  const text = q?.replace(/\s+/g, "") ?? "";
  if (!text) return {};
  const id = idNumberText(text);
  if (ID_NUMBER_SHAPE.test(id)) return { candidate: { idNumber: id } };
  const name = parseName(q ?? "");
  return { candidate: { name: name ?? text } };
}

/** Issue 4 "following their candidates": by batch, project and status, newest batch first. */
export async function listInstitutionCandidates(
  actor: Actor,
  filter: CandidateFilter,
  today: IsoDate,
): Promise<InstitutionCandidateList> {
  const scope = await loadInstitutionScope(actor);
  const projectIds = filter.project
    ? scope.projects.filter((p) => p.seq === filter.project).map((p) => p.id)
    : [...scope.projectIds];
  const where = {
    ...scopedApplications(scope),
    plan: { projectId: { in: projectIds }, ...(filter.batch ? { batchId: filter.batch } : {}) },
    ...(filter.status ? { status: filter.status } : {}),
    ...searchWhere(filter.q),
  };
  const [total, rows, calendar] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: [
        { plan: { batch: { examDate: "desc" } } },
        { plan: { project: { seq: "asc" } } },
        { candidate: { name: "asc" } },
        { id: "asc" },
      ],
      skip: (filter.page - 1) * CANDIDATES_PAGE_SIZE,
      take: CANDIDATES_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        reviewDueDate: true,
        returnReasons: true,
        candidate: { select: { name: true, idNumber: true } },
        condition: { select: { rule: true } },
        attachments: { select: { kind: true } },
        plan: { select: { batch: { select: batchSelect }, project: { select: { name: true } } } },
      },
    }),
    loadWorkingDayCalendar(),
  ]);
  return {
    total,
    page: filter.page,
    pageSize: CANDIDATES_PAGE_SIZE,
    rows: rows.map((row) => {
      const batch = toBatchDef(row.plan.batch);
      const editable = row.status === "DRAFT" || row.status === "RETURNED";
      return {
        id: row.id,
        name: row.candidate.name,
        maskedIdNumber: maskIdNumber(row.candidate.idNumber),
        projectName: row.plan.project.name,
        batch: { year: batch.year, seq: batch.seq },
        status: row.status,
        nextDeadline: nextDeadline(row.status, batch, today, {
          reviewDueDate: row.reviewDueDate ? toIsoDate(row.reviewDueDate) : null,
          resultNoticeStart: deriveBatchDates(batch, calendar).resultNoticeStart,
        }),
        missing: editable
          ? missingAttachments(
              (row.condition?.rule ?? null) as ConditionRule | null,
              row.attachments.map((a) => a.kind),
            ).length
          : 0,
        hasReturnReasons: row.status === "RETURNED" && row.returnReasons !== null,
      };
    }),
  };
}

import "server-only";
import type { Failure } from "@/lib/action-result";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { AttachmentKindName } from "@/lib/domain/attachments";
import { parseZipFileName, zipNameFailure } from "@/lib/domain/roster/zip-names";
import type { IsoDate } from "@/lib/domain/types";
import type { MessageKey } from "@/lib/i18n/message-key";
import { attachFile } from "@/lib/server/applications/attach-file";
import type { Actor } from "@/lib/server/auth/session";
import { loadBatch, loadInstitutionScope, scopedApplications } from "../scope";
import type { ArchiveLimits } from "@/lib/domain/roster/zip-limits";
import { ZipFormatError, extractZipEntry, type ZipEntry, type ZipSource } from "../zip/read-zip";
import { openZip } from "../zip/open-zip";
import { missingAttachmentsReport, type MissingRow } from "./missing-report";
import { submitCompleteDrafts, type SubmitReport } from "./submit-complete";

/**
 * A file the import left aside and why: a message key with its parameters (ADR 130, 149), said in
 * the reader's language where the report is shown. `project` names the application that refused
 * it when the person is registered for several.
 */
export interface ZipReportLine {
  file: string;
  reason: Failure;
  project?: string;
}

export interface ZipImportReport {
  entries: number;
  /**
   * One entry per file (issue 13 item 9): a person registered for two projects gets the file on
   * both applications, and the entry names both projects instead of counting the file twice.
   */
  stored: {
    file: string;
    name: string;
    kind: AttachmentKindName;
    size: number;
    adjusted: { before: number; after: number } | null;
    projects: string[];
  }[];
  /** Matched to a candidate but not accepted: wrong type, wrong size that auto-fit could not fix, unreadable. */
  refused: ZipReportLine[];
  /** Not matched to any candidate of this batch: bad name, unknown ID number. A second copy of a file is `ignored`. */
  unmatched: ZipReportLine[];
  ignored: ZipReportLine[];
  /** Candidates of the batch who still lack scans after this import. */
  missing: MissingRow[];
  submit: SubmitReport;
}

/**
 * 四(一)2 for many candidates at once: a zip of `<身份证号码>_<类型>.<扩展名>` files. Each file
 * goes through the same checks as an upload on the candidate's page (attachFile: ownership,
 * editable status and window, prepareUpload's type and 200–300 KB rules). Auto-fit is applied
 * without asking, since nobody is there to accept each image, and the report says which were
 * adjusted (docs/decisions/032-zip-attachments.md). Drafts whose scans are then complete go
 * to the center's review (ADR 031).
 */
export async function importAttachmentsZip(
  actor: Actor,
  input: { batchId: string; bytes: Uint8Array | ZipSource; limits?: ArchiveLimits },
  today: IsoDate,
  at: Date,
  /** Called as files are matched (a resumable archive's background import shows it, ADR 108). */
  onProgress?: (progress: { done: number; total: number }) => Promise<void>,
): Promise<ZipImportReport> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(input.batchId);
  const zip = openZip(input.bytes, input.limits);
  const report: ZipImportReport = {
    entries: zip.files.length + zip.ignored.length,
    stored: [],
    refused: [],
    unmatched: [],
    ignored: zip.ignored.map((i) => ({ file: i.name, reason: zipNameFailure(i.reason) })),
    missing: [],
    submit: { submitted: [], notSubmitted: [] },
  };

  const named: { file: string; entry: ZipEntry; idNumber: string; kind: AttachmentKindName }[] = [];
  const seen = new Set<string>();
  for (const { entry, baseName } of zip.files) {
    const parsed = parseZipFileName(baseName, today);
    if (!parsed.ok) {
      report.unmatched.push({ file: entry.name, reason: zipNameFailure(parsed.reason) });
    } else if (seen.has(`${parsed.idNumber}|${parsed.kind}`)) {
      // It matched: the first copy was imported, this one was left aside (issue 13 item 9).
      report.ignored.push({ file: entry.name, reason: { key: "ruleFailures.zip.duplicate" } });
    } else {
      seen.add(`${parsed.idNumber}|${parsed.kind}`);
      named.push({ file: entry.name, entry, idNumber: parsed.idNumber, kind: parsed.kind });
    }
  }

  const applications = await db.application.findMany({
    where: {
      ...scopedApplications(scope),
      plan: { batchId: batch.id, projectId: { in: [...scope.projectIds] } },
      candidate: { idNumber: { in: [...new Set(named.map((n) => n.idNumber))] } },
    },
    orderBy: { plan: { project: { seq: "asc" } } },
    select: {
      id: true,
      candidate: { select: { idNumber: true, name: true } },
      plan: { select: { project: { select: { name: true } } } },
    },
  });
  const byId = new Map<string, { id: string; name: string; project: string }[]>();
  for (const a of applications)
    byId.set(a.candidate.idNumber, [
      ...(byId.get(a.candidate.idNumber) ?? []),
      { id: a.id, name: a.candidate.name, project: a.plan.project.name },
    ]);

  const touched = new Set<string>();
  let done = 0;
  for (const item of named) {
    if (onProgress && done++ % PROGRESS_EVERY === 0) await onProgress({ done: done - 1, total: named.length });
    const targets = byId.get(item.idNumber);
    if (!targets) {
      report.unmatched.push({ file: item.file, reason: { key: "ruleFailures.zip.unknownIdNumber" } });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = extractZipEntry(input.bytes, item.entry);
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      report.refused.push({ file: item.file, reason: { key: "ruleFailures.zip.corruptEntry" } });
      continue;
    }
    let stored: ZipImportReport["stored"][number] | null = null;
    for (const target of targets) {
      const outcome = await attachOne(actor, target.id, item.kind, bytes, item.file, today);
      if (outcome.ok) {
        touched.add(target.id);
        if (stored) stored.projects.push(target.project);
        else {
          stored = {
            file: item.file,
            name: target.name,
            kind: item.kind,
            size: outcome.size,
            adjusted: outcome.adjusted,
            projects: [target.project],
          };
          report.stored.push(stored);
        }
      } else {
        // A person in two projects: say which application refused it.
        report.refused.push({
          file: item.file,
          reason: outcome.reason,
          ...(targets.length > 1 ? { project: target.project } : {}),
        });
      }
    }
  }
  await onProgress?.({ done: named.length, total: named.length });
  report.submit = await submitCompleteDrafts(actor, [...touched], today, at);
  report.missing = await missingAttachmentsReport(scope, batch.id);
  return report;
}

/** How often (in files) the background import writes its progress. */
const PROGRESS_EVERY = 25;

type AttachOne = { ok: true; size: number; adjusted: { before: number; after: number } | null } | { ok: false; reason: Failure };

/** attachFile twice when auto-fit changed the image: once to fit, once to store what it made (as a person accepting it would). */
async function attachOne(
  actor: Actor,
  applicationId: string,
  kind: AttachmentKindName,
  bytes: Uint8Array,
  name: string,
  today: IsoDate,
): Promise<AttachOne> {
  try {
    const first = await attachFile(actor, applicationId, kind, { bytes, name }, { autoFit: true }, today);
    if (first.status === "stored") return { ok: true, size: first.size, adjusted: null };
    if (first.status === "refused") return { ok: false, reason: first.failure };
    const fitted = new Uint8Array(Buffer.from(first.base64, "base64"));
    const second = await attachFile(actor, applicationId, kind, { bytes: fitted, name }, { autoFit: false }, today);
    if (second.status !== "stored")
      return { ok: false, reason: second.status === "refused" ? second.failure : { key: "ruleFailures.upload.fitFailed" } };
    return { ok: true, size: second.size, adjusted: { before: first.beforeSize, after: first.afterSize } };
  } catch (error) {
    // Not editable now (submitted, approved, window closed): say so for this file, go on with the others.
    if (error instanceof AppError)
      return { ok: false, reason: { key: NOT_EDITABLE[error.code] ?? "ruleFailures.zip.notEditable" } };
    throw error;
  }
}

const NOT_EDITABLE: Partial<Record<AppError["code"], MessageKey>> = {
  WINDOW_CLOSED: "ruleFailures.zip.windowClosed",
  CONFLICT: "ruleFailures.zip.alreadySubmitted",
  NOT_FOUND: "ruleFailures.zip.applicationNotFound",
};

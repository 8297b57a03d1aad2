import "server-only";
import type { Failure } from "@/lib/action-result";
import { ATTACHMENT_LABELS, type AttachmentKindName } from "@/lib/domain/attachments";
import { ZIP_FILE_TYPES } from "@/lib/domain/roster/zip-names";
import type { ZipImportReport, ZipReportLine } from "../attachments/import-zip";

/**
 * A finished archive's report as kept in `ArchiveImport.report` (JSON text, ADR 108). Reports
 * written before ADR 149 said each line as a zh-CN sentence (`message`), a draft not sent as a
 * sentence (`reason: string`) a stored file's type by its Chinese label and a missing scan by its label only: they are read into
 * today's shape, the old sentence kept as it was written (`ruleFailures.zip.asStored`), so a
 * reload within the day still shows them.
 */
export function readStoredZipReport(text: string): ZipImportReport {
  const raw = JSON.parse(text) as ZipImportReport;
  return {
    ...raw,
    stored: raw.stored.map((s) => ({ ...s, kind: ZIP_FILE_TYPES[s.kind] ?? s.kind })),
    refused: raw.refused.map(readLine),
    unmatched: raw.unmatched.map(readLine),
    ignored: raw.ignored.map(readLine),
    // Kinds beside the labels came with the English pages; older rows have the labels only.
    missing: raw.missing.map((m) => ({
      ...m,
      missingKinds: m.missingKinds ?? m.missing.flatMap((label) => KIND_OF_LABEL.get(label) ?? []),
    })),
    submit: {
      submitted: raw.submit.submitted,
      notSubmitted: raw.submit.notSubmitted.map((n) => ({ ...n, reason: readFailure(n.reason) })),
    },
  };
}

function readLine(line: ZipReportLine | { file: string; message: string }): ZipReportLine {
  return "reason" in line ? line : { file: line.file, reason: asStored(line.message) };
}

function readFailure(reason: Failure | string): Failure {
  return typeof reason === "string" ? asStored(reason) : reason;
}

const asStored = (text: string): Failure => ({ key: "ruleFailures.zip.asStored", params: { text } });

const KIND_OF_LABEL = new Map(
  Object.entries(ATTACHMENT_LABELS).map(([kind, label]) => [label, kind as AttachmentKindName] as const),
);

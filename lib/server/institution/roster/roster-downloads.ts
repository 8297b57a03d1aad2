import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { isUuid } from "@/lib/domain/uuid";
import type { Locale } from "@/lib/i18n/translate-key";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";
import { loadInstitutionScope } from "../scope";
import { checkRoster } from "./check-roster";
import { loadCatalog } from "./roster-context";
import { buildRosterWorkbook } from "./roster-workbook";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 四(一)2 "相关附件下载": the roster template with this institution's projects in its dropdowns. */
export async function rosterTemplate(actor: Actor): Promise<{ bytes: Buffer; fileName: string }> {
  const scope = await loadInstitutionScope(actor);
  const projects = (await loadCatalog()).filter((p) => scope.projectSeqs.has(p.seq));
  return { bytes: await buildRosterWorkbook(projects), fileName: `考核人员花名册模板-${scope.institutionName}.xlsx` };
}

/**
 * The rows of an upload that cannot be submitted, each with its reasons, as a roster the
 * institution can fix and upload again. Checked anew, so before the submit it matches what the
 * submit would skip. The reasons are in `locale`, the downloader's language (ADR 154).
 */
export async function invalidRowsWorkbook(
  actor: Actor,
  uploadId: string,
  today: IsoDate,
  locale: Locale = "zh-CN",
): Promise<{ bytes: Buffer; fileName: string }> {
  const scope = await loadInstitutionScope(actor);
  if (!isUuid(uploadId)) throw new AppError("NOT_FOUND", "institution.errors.roster.notFound");
  const upload = await db.rosterUpload.findFirst({
    where: { id: uploadId, institutionId: scope.institutionId },
    select: { batchId: true, fileId: true, originalName: true, submittedAt: true, storedLines: true },
  });
  const file = upload && (await fileStore.get(upload.fileId));
  if (!upload || !file) throw new AppError("NOT_FOUND", "institution.errors.roster.notFound");
  const checked = await checkRoster(scope, upload.batchId, file.bytes, today);
  // After the submit, the stored lines would now read "already applied": the rest are what was left out.
  const stored = new Set(upload.submittedAt ? upload.storedLines : []);
  const rows = checked.rows.filter((r) => !stored.has(r.line) && r.problems.length > 0);
  const projects = checked.catalog.filter((p) => scope.projectSeqs.has(p.seq));
  const stem = upload.originalName.replace(/\.[^.]*$/, "");
  return { bytes: await buildRosterWorkbook(projects, rows, locale), fileName: `${stem}-有问题的行.xlsx` };
}

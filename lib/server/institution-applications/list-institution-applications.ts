import "server-only";
import { db } from "@/lib/db";
import type { InstitutionApplicationStatus, InstitutionBodyKind } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";

/** 管理员's list of the applications to become a 报名机构 (issue 13 item 8), the open ones first. */
export interface InstitutionApplicationDto {
  id: string;
  reference: string;
  organization: string;
  creditCode: string;
  bodyKind: InstitutionBodyKind;
  address: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string | null;
  projects: { seq: number; name: string }[];
  documents: { fileId: string; name: string; size: number }[];
  status: InstitutionApplicationStatus;
  reason: string | null;
  submittedAt: string;
  institutionId: string | null;
}

/** The administrator's queue: open applications first, oldest first; the reading is audited (contact persons). */
export async function listInstitutionApplications(actor: Actor): Promise<InstitutionApplicationDto[]> {
  assertStaffRole(actor, "ADMIN");
  const rows = await db.institutionApplication.findMany({ orderBy: { createdAt: "asc" }, take: 200 });
  const [projects, files] = await Promise.all([
    db.project.findMany({ select: { seq: true, name: true } }),
    db.storedFile.findMany({
      where: { id: { in: rows.flatMap((r) => r.documentFileIds) } },
      select: { id: true, originalName: true, size: true },
    }),
  ]);
  const open = (s: InstitutionApplicationStatus) => (s === "SUBMITTED" ? 0 : s === "RETURNED" ? 1 : 2);
  const dtos = rows
    .sort((a, b) => open(a.status) - open(b.status))
    .map((r) => ({
      id: r.id,
      reference: r.reference,
      organization: r.organization,
      creditCode: r.creditCode,
      bodyKind: r.bodyKind,
      address: r.address,
      contactName: r.contactName,
      contactMobile: r.contactMobile,
      contactEmail: r.contactEmail,
      projects: r.projectSeqs.map((seq) => ({ seq, name: projects.find((p) => p.seq === seq)?.name ?? String(seq) })),
      documents: r.documentFileIds.flatMap((id) => {
        const f = files.find((x) => x.id === id);
        return f ? [{ fileId: f.id, name: f.originalName, size: f.size }] : [];
      }),
      status: r.status,
      reason: r.decisionReason,
      submittedAt: r.createdAt.toISOString(),
      institutionId: r.institutionId,
    }));
  if (dtos.length > 0)
    await recordAudit(db, {
      actorId: actor.id,
      action: "institution-application.list",
      entity: "InstitutionApplication",
      after: { ids: dtos.map((d) => d.id) },
    });
  return dtos;
}

import "server-only";
import { db } from "@/lib/db";

export interface InstitutionDto {
  id: string;
  name: string;
  address: string;
  contacts: { name: string; phone: string }[];
  projects: { seq: number; name: string }[];
}

export async function listInstitutions(): Promise<InstitutionDto[]> {
  const rows = await db.institution.findMany({
    where: { active: true },
    orderBy: { seq: "asc" },
    select: {
      id: true,
      name: true,
      address: true,
      contacts: true,
      projects: { select: { project: { select: { seq: true, name: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    address: row.address,
    contacts: row.contacts as InstitutionDto["contacts"],
    projects: row.projects.map((p) => p.project).sort((a, b) => a.seq - b.seq),
  }));
}

import "server-only";
import { publicCalendar, publicInstitutions, publicProjects } from "./public-catalog";

/**
 * The public API's answers (`/api/v1/batches`, `/projects`, `/institutions`), read through the
 * same tagged cache as the public pages (public-catalog.ts, ADR 088): a staff change expires the
 * tag in its use case, so the next read of this instance sees it.
 */
export async function publicBatchesAnswer(year?: number) {
  const { batches } = await publicCalendar();
  return batches
    .filter((b) => year === undefined || b.year === year)
    .map((b) => ({
      seq: b.seq,
      year: b.year,
      registration: b.registration,
      review: b.review,
      payment: b.payment,
      ticket: b.ticket,
      examDate: b.examDate,
      derived: b.derived,
    }));
}

export async function publicProjectsAnswer() {
  return (await publicProjects()).map((p) => ({
    seq: p.seq,
    name: p.name,
    conditions: p.conditions.map((c) => ({
      code: c.code,
      text: c.text,
      minEducation: c.minEducation,
      needsEvidence: c.needsEvidence,
    })),
  }));
}

export async function publicInstitutionsAnswer() {
  return (await publicInstitutions()).map((i) => ({ name: i.name, address: i.address, projects: i.projects.map((p) => p.seq) }));
}

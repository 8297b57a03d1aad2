import type { Db } from "@/lib/db-client";
import { fromIsoDate } from "@/lib/dates";
import { BATCHES_2025, INSTITUTIONS, PROJECTS } from "@/lib/domain/catalog";
import type { BatchDef } from "@/lib/domain/types";

/**
 * The notice's catalog (附件1, 附件2, 三), idempotent: running it twice changes nothing, and it
 * never touches what staff changed later (fees, an institution's projects, new batches).
 */
export async function seedCatalog(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const project of PROJECTS) {
      const row = await tx.project.upsert({
        where: { seq: project.seq },
        create: { seq: project.seq, name: project.name, nameEn: project.nameEn },
        update: { name: project.name, nameEn: project.nameEn },
        select: { id: true },
      });
      for (const [index, condition] of project.conditions.entries()) {
        const data = {
          seq: index + 1,
          text: condition.text,
          textEn: condition.textEn,
          rule: condition.rule as object,
          evidence: condition.evidence,
        };
        await tx.condition.upsert({
          where: { code: condition.code },
          create: { ...data, code: condition.code, projectId: row.id },
          update: data,
        });
      }
    }

    for (const batch of BATCHES_2025) {
      await tx.batch.upsert({
        where: { year_seq: { year: batch.year, seq: batch.seq } },
        create: batchData(batch),
        update: {},
      });
    }

    const projectIds = new Map((await tx.project.findMany({ select: { id: true, seq: true } })).map((p) => [p.seq, p.id]));
    for (const [index, institution] of INSTITUTIONS.entries()) {
      const existing = await tx.institution.findUnique({ where: { name: institution.name }, select: { id: true } });
      if (existing) continue;
      await tx.institution.create({
        data: {
          seq: index + 1,
          name: institution.name,
          address: institution.address,
          contacts: institution.contacts,
          projects: {
            create: institution.projects.map((seq) => ({ projectId: projectIds.get(seq) ?? missing(seq) })),
          },
        },
      });
    }
  });
}

export function batchData(batch: BatchDef) {
  return {
    year: batch.year,
    seq: batch.seq,
    registrationStart: fromIsoDate(batch.registration.start),
    registrationEnd: fromIsoDate(batch.registration.end),
    reviewStart: fromIsoDate(batch.review.start),
    reviewEnd: fromIsoDate(batch.review.end),
    paymentStart: fromIsoDate(batch.payment.start),
    paymentEnd: fromIsoDate(batch.payment.end),
    ticketStart: fromIsoDate(batch.ticket.start),
    ticketEnd: fromIsoDate(batch.ticket.end),
    examDate: fromIsoDate(batch.examDate),
  };
}

function missing(seq: number): never {
  throw new Error(`catalog: institution names unknown project ${seq}`);
}

import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { createInstitutionActor } from "../../support/factories";

/**
 * An institution of its own for one test (附件2 names are shared by every spec, and whole-batch
 * documents list all of an institution's candidates of a batch): authorized for `projectSeqs`.
 */
export async function ownInstitution(label: string, projectSeqs: readonly number[]) {
  const name = `${label}培训中心${randomInt(1_000_000)}`;
  const projects = await db.project.findMany({ where: { seq: { in: [...projectSeqs] } }, select: { id: true } });
  await db.institution.create({
    data: {
      seq: 100_000 + randomInt(1_000_000),
      name,
      address: "成都市青羊区测试路1号",
      contacts: [],
      projects: { create: projects.map((p) => ({ projectId: p.id })) },
    },
  });
  return createInstitutionActor(name);
}

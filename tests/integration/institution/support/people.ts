import { db } from "@/lib/db";
import { rosterTemplate } from "@/lib/server/institution/roster/roster-downloads";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { submitRoster } from "@/lib/server/institution/roster/submit-roster";
import type { Actor } from "@/lib/server/auth/session";
import { batchId, uniqueIdNumber } from "../../support/factories";
import { fillTemplate, goodRow, type RosterRowInput } from "./roster";

/** Registers `names` through the roster channel (batch 5, project 3 unless overridden) and returns their applications. */
export async function registerThroughRoster(
  actor: Actor,
  names: readonly string[],
  overrides: RosterRowInput = {},
  today = "2025-05-08",
) {
  const template = (await rosterTemplate(actor)).bytes;
  const people = names.map((name) => ({ name, idNumber: uniqueIdNumber() }));
  const file = await fillTemplate(
    template,
    people.map((p) => goodRow(p.idNumber, p.name, overrides)),
  );
  const preview = await previewRoster(actor, { batchId: await batchId(5), bytes: file, fileName: "r.xlsx" }, today);
  if (preview.invalid > 0) throw new Error(JSON.stringify(preview.problemRows));
  await submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, today, new Date(`${today}T02:00:00Z`));
  const applications = await db.application.findMany({
    where: { candidate: { idNumber: { in: people.map((p) => p.idNumber) } }, institutionId: actor.institutionId },
    select: { id: true, planId: true, candidate: { select: { idNumber: true, name: true } } },
  });
  return people.map((p) => {
    const a = applications.find((x) => x.candidate.idNumber === p.idNumber)!;
    return { ...p, applicationId: a.id, planId: a.planId };
  });
}

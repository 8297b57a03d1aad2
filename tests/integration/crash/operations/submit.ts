import { db } from "@/lib/db";
import { missingAttachments } from "@/lib/domain/attachments";
import type { ConditionRule } from "@/lib/domain/types";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { AT, TODAY, applicantOf, eventCounts, pick, tolerate, type CrashOperation } from "./shared";

const submit: CrashOperation = {
  prepare: async (tag, count) =>
    void (await (await import("./prepare")).applications(tag, count, { batchSeq: 5, projectSeq: 1, status: "DRAFT" })),
  step: async (tag) => {
    const id = pick(await db.application.findMany({ where: { school: tag, status: "DRAFT" }, select: { id: true } }));
    if (!id) return false;
    await tolerate(async () => submitApplication(await applicantOf(id), id, TODAY, AT));
    return true;
  },
  check: async (tag) => {
    const problems: string[] = [];
    const rows = await db.application.findMany({
      where: { school: tag },
      select: {
        id: true,
        status: true,
        version: true,
        submittedAt: true,
        condition: { select: { rule: true } },
        attachments: { select: { kind: true } },
      },
    });
    const events = await eventCounts(
      rows.map((r) => r.id),
      "SUBMITTED",
    );
    for (const app of rows) {
      const submitted = events.get(app.id) ?? 0;
      if (app.status === "SUBMITTED") {
        if (
          missingAttachments(
            app.condition?.rule as ConditionRule | null,
            app.attachments.map((a) => a.kind),
          ).length > 0
        )
          problems.push(`${app.id}: submitted without its files`);
        if (submitted !== 1 || app.version !== 1 || !app.submittedAt)
          problems.push(`${app.id}: submitted with ${submitted} events, version ${app.version}`);
      } else if (app.status !== "DRAFT" || submitted !== 0 || app.version !== 0 || app.submittedAt) {
        problems.push(`${app.id}: ${app.status} with ${submitted} submit events, version ${app.version}`);
      }
    }
    return problems;
  },
  finish: async (tag) => {
    for (const { id } of await db.application.findMany({ where: { school: tag, status: "DRAFT" }, select: { id: true } }))
      await submitApplication(await applicantOf(id), id, TODAY, AT);
  },
};

export default submit;

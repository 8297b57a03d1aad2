import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getApplication } from "@/lib/server/applications/get-application";
import { importScores } from "@/lib/server/results/import-scores";
import { listPlanResults } from "@/lib/server/results/list-plan-results";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, officer } from "../exam/factories";
import { publishedPlan, satPlan, scoreSheet } from "../exam/results-factories";

beforeAll(ensureCatalog);

/** Issue 12 item 7: results by what happened (lib/domain/result-display). */
describe("八 results by what happened", () => {
  it("[考务] before any import, a checked-in candidate has no score yet, never 缺考", async () => {
    const batch = await createBatch("2025-08-16");
    const { plan, apps } = await satPlan(batch, 11, ["张三", "李四"]);
    await db.application.update({ where: { id: apps[0]!.id }, data: { checkedInAt: new Date("2025-08-16T01:00:00Z") } });
    const { rows } = await listPlanResults(await officer(), plan);
    expect(rows.map((r) => [r.name, r.display.kind])).toEqual([
      ["张三", "pending"],
      ["李四", "pending"],
    ]);
  });

  it("[考务] after a partial import: missing and never signed in is 缺考; signed in but missing stays without score", async () => {
    const batch = await createBatch("2025-08-23");
    const { plan, apps, tickets } = await satPlan(batch, 12, ["张三", "李四", "王五", "赵六"]);
    await db.application.update({ where: { id: apps[1]!.id }, data: { checkedInAt: new Date("2025-08-23T01:00:00Z") } });
    const actor = await officer();
    await importScores(
      actor,
      batch.id,
      await scoreSheet([
        [tickets[0]!, 75],
        [tickets[3]!, "缺考"],
      ]),
      "2025-08-23",
    );
    const { rows } = await listPlanResults(actor, plan);
    expect(rows.map((r) => [r.name, r.display])).toEqual([
      ["张三", { kind: "scored", score: 75, passed: true }],
      ["李四", { kind: "pending" }],
      ["王五", { kind: "absent" }],
      ["赵六", { kind: "absent" }],
    ]);
  });

  it("[考生] after the notice, the rejected, the forfeited and the never reviewed are not admitted (no 「—（不合格）」)", async () => {
    const { plan, apps } = await publishedPlan("2025-08-30", 13);
    const others = await Promise.all(
      (["REJECTED", "FORFEITED", "SUBMITTED"] as const).map(
        async (status) => (await createApplications(plan, 1, { status }))[0]!,
      ),
    );
    for (const a of others) {
      const detail = await getApplication(a.actor, a.id, "2025-09-15");
      expect(detail.resultPublished).toBe(true);
      expect(detail.result).toEqual({ kind: "not-admitted" });
    }
    const sat = await Promise.all(apps.map((a) => getApplication(a.actor, a.id, "2025-09-15")));
    expect(sat.map((d) => d.result)).toEqual([
      { kind: "scored", score: 75, passed: true },
      { kind: "scored", score: 55, passed: false },
      { kind: "absent" },
    ]);
  });
});

import { AppError } from "@/lib/app-error";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issuePlanCertificates } from "@/lib/server/certificates/issue-certificates";
import { correctScore } from "@/lib/server/results/correct-score";
import { listPlanResults } from "@/lib/server/results/list-plan-results";
import { createStaff } from "@/tests/integration/support/factories";
import { institutionId, officer, reviewer, snapshot } from "../exam/factories";
import { publishedPlan } from "../exam/results-factories";

import { AT, correctScoreAction, correction, fullIdNumbers, setUpCorrectScoreTests, signIn } from "./correct-score-support";

setUpCorrectScoreTests();

describe("八 成绩更正 after the notice (ADR 047)", () => {
  it("[考务] corrects a fail to a pass: result, history, audit row and notification commit together; 补发 then issues the certificate", async () => {
    const { plan, apps } = await publishedPlan("2025-06-07", 15);
    const li = apps[1]!;
    const corrector = await officer();
    await signIn(corrector);
    const result = await correctScoreAction(null, correction(li.id));
    expect(result).toEqual({
      ok: true,
      data: {
        applicationId: li.id,
        before: { score: 55, absent: false },
        after: { score: 65, absent: false },
        revokedCertificateNumber: null,
        certificateIssuable: true,
      },
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: li.id }, select: { score: true, absent: true } })).toEqual({
      score: 65,
      absent: false,
    });
    const history = await db.scoreCorrection.findMany({ where: { applicationId: li.id } });
    expect(history).toMatchObject([
      { beforeScore: 55, afterScore: 65, reason: "复核发现第3题漏计分数", correctedById: corrector.id },
    ]);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "results.correct", entityId: li.id } });
    expect(audit).toMatchObject({
      actorId: corrector.id,
      entity: "Application",
      before: { score: 55, absent: false, result: "55分（不合格）" },
      after: { score: 65, absent: false, result: "65分（合格）", reason: "复核发现第3题漏计分数" },
    });
    expect(fullIdNumbers(JSON.stringify(audit, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)))).toEqual([]);

    const note = await db.notification.findFirstOrThrow({ where: { applicationId: li.id, title: "成绩已更正" } });
    expect(note.userId).toBe(li.actor.id);
    expect(note.body).toContain("55分（不合格） → 65分（合格）");
    expect(note.body).toContain("更正原因：复核发现第3题漏计分数");

    // fail → pass: the certificate comes from the usual 补发, not from the correction.
    expect(await issuePlanCertificates(await officer(), plan, AT)).toEqual({ issued: 1 });
    expect((await db.application.findUniqueOrThrow({ where: { id: li.id } })).certificateNumber).toMatch(/^SC2025/);

    const listed = await listPlanResults(await officer(), plan);
    expect(listed.rows.find((r) => r.applicationId === li.id)).toMatchObject({
      result: { score: 65, absent: false },
      passed: true,
      corrections: [{ before: { score: 55 }, after: { score: 65 }, reason: "复核发现第3题漏计分数", by: "测试员" }],
    });
  });

  it("an institution's candidate: the institution's inbox and the candidate's own account are told", async () => {
    const inst = await institutionId("四川省大数据产业联合会");
    const { apps, actor } = await publishedPlan("2025-06-14", 16, { institution: inst });
    const wang = apps[2]!;
    await correctScore(
      actor,
      {
        applicationId: wang.id,
        expected: { score: null, absent: true },
        seen: 0,
        after: { score: 48, absent: false },
        reason: "考生实际到场，签到册可证",
        revokeCertificate: false,
      },
      AT,
    );
    const notes = await db.notification.findMany({
      where: { title: "成绩已更正", OR: [{ applicationId: wang.id }, { userId: wang.actor.id }] },
    });
    expect(notes.map((n) => [n.institutionId, n.userId, n.applicationId]).sort()).toEqual(
      [
        [inst, null, wang.id],
        [null, wang.actor.id, null],
      ].sort(),
    );
    expect(notes[0]!.body).toContain("缺考 → 48分（不合格）");
  });

  it("two officers at once: the second is told who corrected it, when, and to what; nothing of theirs is written", async () => {
    const { apps } = await publishedPlan("2025-06-21", 17);
    const li = apps[1]!;
    const first = await officer();
    await db.user.update({ where: { id: first.id }, data: { displayName: "王老师" } });
    const second = await officer();
    const input = {
      applicationId: li.id,
      expected: { score: 55, absent: false },
      seen: 0,
      reason: "复核更正",
      revokeCertificate: false,
    };
    const outcomes = await Promise.allSettled([
      correctScore(first, { ...input, after: { score: 62, absent: false } }, AT),
      correctScore(second, { ...input, after: { score: 58, absent: false } }, AT),
    ]);
    const [won, lost] = outcomes[0].status === "fulfilled" ? outcomes : [outcomes[1], outcomes[0]];
    expect(won.status).toBe("fulfilled");
    expect(lost.status).toBe("rejected");
    const error = (lost as PromiseRejectedResult).reason as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "CONFLICT", message: "staffExam.correction.errors.stale" });
    const winner =
      outcomes[0].status === "fulfilled"
        ? { name: "王老师", result: "62分（合格）" }
        : { name: "测试员", result: "58分（不合格）" };
    expect(error.params).toMatchObject({ who: winner.name, result: winner.result });
    expect(error.params?.at).toMatch(/^2025-07-20 10:00$/);
    expect(await db.scoreCorrection.count({ where: { applicationId: li.id } })).toBe(1);

    // Through the form, the same refusal reaches the officer as a sentence with its parameters.
    await signIn(await officer());
    const stale = await correctScoreAction(null, correction(li.id, { score: "70" }));
    expect(stale).toMatchObject({
      ok: false,
      formError: { key: "staffExam.correction.errors.stale", params: { who: winner.name, result: winner.result } },
    });
  });

  it("no session, a reviewer, an administrator: refused by the action, nothing changed", async () => {
    const { plan, apps } = await publishedPlan("2025-06-28", 18);
    const before = await snapshot(plan);
    const corrections = await db.scoreCorrection.count();
    expect(await correctScoreAction(null, correction(apps[1]!.id))).toMatchObject({
      ok: false,
      formError: { key: "errors.signInFirst" },
    });
    for (const who of [await reviewer(), await createStaff(["ADMIN"])]) {
      await signIn(who);
      expect(await correctScoreAction(null, correction(apps[1]!.id))).toMatchObject({
        ok: false,
        formError: { key: "errors.forbidden" },
      });
    }
    await expect(
      correctScore(
        await reviewer(),
        {
          applicationId: apps[1]!.id,
          expected: { score: 55, absent: false },
          seen: 0,
          after: { score: 65, absent: false },
          reason: "复核更正",
          revokeCertificate: false,
        },
        AT,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(plan)).toEqual(before);
    expect(await db.scoreCorrection.count()).toBe(corrections);
  });

  it("form input is checked: score range, absent with a score, a reason, the same result, before publication", async () => {
    const { apps, plan } = await publishedPlan("2025-07-05", 19);
    await signIn(await officer());
    const li = apps[1]!.id;
    expect(await correctScoreAction(null, correction(li, { score: "101" }))).toMatchObject({
      ok: false,
      fieldErrors: { score: [{ key: "staffExam.correction.errors.scoreRange" }] },
    });
    expect(await correctScoreAction(null, correction(li, { absent: "on" }))).toMatchObject({
      fieldErrors: { score: [{ key: "staffExam.correction.errors.scoreAndAbsent" }] },
    });
    expect(await correctScoreAction(null, correction(li, { reason: "改" }))).toMatchObject({
      fieldErrors: { reason: [{ key: "staffExam.correction.errors.reasonRequired" }] },
    });
    expect(await correctScoreAction(null, correction(li, { score: "55" }))).toMatchObject({
      fieldErrors: { score: [{ key: "staffExam.correction.errors.unchanged" }] },
    });
    const early = await publishedPlan("2025-07-12", 20, { publish: false });
    const beforeEarly = await snapshot(early.plan);
    expect(await correctScoreAction(null, correction(early.apps[1]!.id))).toMatchObject({
      ok: false,
      formError: { key: "staffExam.correction.errors.notPublished" },
    });
    expect(await snapshot(early.plan)).toEqual(beforeEarly);
    expect(await db.scoreCorrection.count({ where: { application: { planId: { in: [plan, early.plan] } } } })).toBe(0);
  });
});

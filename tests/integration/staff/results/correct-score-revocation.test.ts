import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCertificatePdf } from "@/lib/server/certificates/get-certificate-pdf";
import { issuePlanCertificates } from "@/lib/server/certificates/issue-certificates";
import { verifyCertificateByNumber } from "@/lib/server/certificates/verify-certificate";
import { correctScore } from "@/lib/server/results/correct-score";
import { snapshot } from "../exam/factories";
import { publishedPlan } from "../exam/results-factories";

import { AT, correctScoreAction, correction, setUpCorrectScoreTests, signIn } from "./correct-score-support";

setUpCorrectScoreTests();

describe("九 pass → fail with a certificate (ADR 047)", () => {
  it("is refused until the officer ticks revocation; then the certificate is revoked in the same transaction, never verifies, and its number is never given again", async () => {
    const { plan, apps, actor, certificatesFrom } = await publishedPlan("2025-07-19", 21);
    const zhang = apps[0]!;
    const certificate = (await db.application.findUniqueOrThrow({ where: { id: zhang.id } })).certificateNumber!;
    expect(certificate).toMatch(/^SC2025/);
    await db.application.update({
      where: { id: zhang.id },
      data: { certificateCollectedAt: AT, certificateCollectionNote: "本人领取" },
    });
    const before = await snapshot(plan);

    await signIn(actor);
    const refused = await correctScoreAction(null, correction(zhang.id, { expected: "75", score: "52" }));
    expect(refused).toMatchObject({
      ok: false,
      formError: { key: "staffExam.correction.errors.revokeRequired", params: { certificate } },
      fieldErrors: { revokeCertificate: [{ key: "staffExam.correction.errors.revokeRequired", params: { certificate } }] },
    });
    expect(await snapshot(plan)).toEqual(before);

    const done = await correctScoreAction(null, correction(zhang.id, { expected: "75", score: "52", revokeCertificate: "on" }));
    expect(done).toMatchObject({ ok: true, data: { revokedCertificateNumber: certificate, certificateIssuable: false } });
    expect(await db.application.findUniqueOrThrow({ where: { id: zhang.id } })).toMatchObject({
      score: 52,
      certificateNumber: null,
      certificateIssuedAt: null,
      certificateCollectedAt: null,
    });
    expect(await db.scoreCorrection.findFirstOrThrow({ where: { applicationId: zhang.id } })).toMatchObject({
      revokedCertificateNumber: certificate,
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "results.correct", entityId: zhang.id } })).toMatchObject({
      before: { certificateNumber: certificate },
      after: { revokedCertificateNumber: certificate, paperCertificateCollected: true },
    });
    const note = await db.notification.findFirstOrThrow({ where: { applicationId: zhang.id, title: "成绩已更正" } });
    expect(note.body).toContain(`原证书（编号${certificate}）已作废`);
    expect(note.body).toContain("已领取的纸质证书请交回");

    expect(await verifyCertificateByNumber(certificate, "张三", `10.9.${Math.floor(Math.random() * 200)}.1`, AT)).toEqual({
      valid: false,
    });
    await expect(getCertificatePdf(zhang.actor, zhang.id, "https://portal.example.cn")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // 李四 now passes and gets a new number: the revoked one (the highest so far) is not reused.
    await correctScore(
      actor,
      {
        applicationId: apps[1]!.id,
        expected: { score: 55, absent: false },
        seen: 0,
        after: { score: 80, absent: false },
        reason: "复核更正",
        revokeCertificate: false,
      },
      AT,
    );
    await issuePlanCertificates(actor, plan, new Date(`${certificatesFrom}T02:00:00Z`));
    const fresh = (await db.application.findUniqueOrThrow({ where: { id: apps[1]!.id } })).certificateNumber!;
    expect(fresh).not.toBe(certificate);
    expect(Number(fresh.slice(8, 13))).toBeGreaterThan(Number(certificate.slice(8, 13)));
  });
});

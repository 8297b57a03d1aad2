import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyCertificateByNumber, verifyCertificateToken, VERIFY_LIMIT } from "@/lib/server/certificates/verify-certificate";
import { importScores } from "@/lib/server/results/import-scores";
import { publishNotice } from "@/lib/server/results/publish-notice";
import { signToken } from "@/lib/server/tokens/signed-token";
import { createBatch, officer } from "@/tests/integration/staff/exam/factories";
import { noticeDates, satPlan, scoreSheet } from "@/tests/integration/staff/exam/results-factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { issuePlanCertificates } from "@/lib/server/certificates/issue-certificates";

const SECRET = "integration-test-secret-0123456789";
beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  await ensureCatalog();
});

async function certificate() {
  const batch = await createBatch("2025-11-08");
  const { apps, tickets } = await satPlan(batch, 9, ["欧阳娜娜"]);
  const actor = await officer();
  await importScores(actor, batch.id, await scoreSheet([[tickets[0]!, 88]]), "2025-11-08");
  const { start, certificatesFrom } = noticeDates("2025-11-08");
  await publishNotice(actor, { batchId: batch.id }, start, new Date(`${start}T02:00:00Z`), { confirm: true });
  const { planId } = await db.application.findUniqueOrThrow({ where: { id: apps[0]!.id }, select: { planId: true } });
  // 九 after 八: nothing to verify while the notice runs; issued on the first working day after it.
  expect(await db.application.count({ where: { planId, certificateNumber: { not: null } } })).toBe(0);
  await issuePlanCertificates(actor, planId, new Date(`${certificatesFrom}T02:00:00Z`));
  const row = await db.application.findUniqueOrThrow({ where: { id: apps[0]!.id }, select: { certificateNumber: true } });
  return { number: row.certificateNumber!, issuedOn: certificatesFrom };
}

describe("九 证书核验 (public)", () => {
  it("by the QR token: valid with masked name; forged or of the wrong type: invalid", async () => {
    const { number, issuedOn } = await certificate();
    const token = signToken({ t: "certificate", id: number, v: 1 }, SECRET);
    expect(await verifyCertificateToken(token)).toEqual({
      valid: true,
      certificateNumber: number,
      maskedName: "欧**娜",
      project: "人工智能文本分析",
      issuedOn,
    });
    expect(
      await verifyCertificateToken(signToken({ t: "certificate", id: number, v: 1 }, "some-other-secret-0123456789")),
    ).toEqual({ valid: false });
    expect(await verifyCertificateToken(signToken({ t: "ticket", id: number, v: 1 }, SECRET))).toEqual({ valid: false });
  });

  it("by number + name (POST form): both must match; typed loosely is fine; counted per IP", async () => {
    const { number } = await certificate();
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const at = new Date();
    const spaced = `${number.slice(0, 2).toLowerCase()} ${number.slice(2, 6)} ${number.slice(6)}`;
    expect(await verifyCertificateByNumber(spaced, "欧阳娜娜", ip, at)).toMatchObject({ valid: true, certificateNumber: number });
    expect(await verifyCertificateByNumber(number, "欧阳娜", ip, at)).toEqual({ valid: false });
    expect(await verifyCertificateByNumber("SC202509000019", "欧阳娜娜", ip, at)).toEqual({ valid: false });
    expect(await verifyCertificateByNumber("not a number", "欧阳娜娜", ip, at)).toEqual({ valid: false });
    for (let i = 4; i < VERIFY_LIMIT.perIp; i++) await verifyCertificateByNumber(number, "欧阳娜娜", ip, at);
    await expect(verifyCertificateByNumber(number, "欧阳娜娜", ip, at)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another address is not affected; the window passes.
    expect(await verifyCertificateByNumber(number, "欧阳娜娜", `${ip}1`, at)).toMatchObject({ valid: true });
    expect(
      await verifyCertificateByNumber(number, "欧阳娜娜", ip, new Date(at.getTime() + VERIFY_LIMIT.windowMs + 1000)),
    ).toMatchObject({ valid: true });
  });
});

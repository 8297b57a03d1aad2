import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import { db } from "@/lib/db";
import { withCheckDigit } from "@/lib/domain/id-number";
import { signUpWithCode } from "@/tests/integration/support/sign-up";
import { attachFile } from "@/lib/server/applications/attach-file";
import { startApplication } from "@/lib/server/applications/start-application";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";
import { authenticate } from "@/lib/server/auth/authenticate";
import type { Actor } from "@/lib/server/auth/session";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { submitPayment } from "@/lib/server/payments/submit-payment";
import { decideApplication } from "@/lib/server/review/decide-application";
import { lookupTicket } from "@/lib/server/tickets/lookup-ticket";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { batchId, createStaff, fillDraft, uniqueIdNumber } from "../support/factories";
import { ensureCatalog } from "../support/seed";

// Issue 6: a full resident ID number (18 characters with a valid check character) appears in no
// log line of a candidate's journey and in no row of the audit table. Public pages are scanned
// against the running server in tests/e2e/security.spec.ts.

/** Every substring that is a complete ID number: 17 digits and the right check character. */
export function fullIdNumbers(text: string): string[] {
  return [...text.matchAll(/(?<![\dX])\d{17}[\dXx](?![\dX])/g)]
    .map((m) => m[0].toUpperCase())
    .filter((id) => withCheckDigit(id.slice(0, 17)) === id);
}

const logged: string[] = [];
const spies: MockInstance[] = [];

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  await ensureCatalog();
  for (const method of ["log", "info", "warn", "debug"] as const) {
    spies.push(
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" "))),
    );
  }
});
afterAll(() => {
  for (const spy of spies) spy.mockRestore();
});

describe("issue 6: no full ID number in logs or in the audit table", () => {
  it("recognises a full ID number and only that", () => {
    const id = withCheckDigit("51010419900101123");
    expect(fullIdNumbers(`登录 ${id} 失败`)).toEqual([id]);
    expect(fullIdNumbers(`${id.slice(0, 6)}********${id.slice(14)}`)).toEqual([]);
    expect(fullIdNumbers(`${id.slice(0, 17)}${id.endsWith("0") ? "1" : "0"}`)).toEqual([]);
  });

  it("a journey from sign-up to confirmed payment, with failed logins and lookups, logs none", async () => {
    const idNumber = uniqueIdNumber("19900101");
    const password = "Lantern2025ok";
    const { userId } = await signUpWithCode({ name: "赵磊", idNumber, password });
    await authenticate(idNumber, "WrongPass1", "192.0.2.77");
    await authenticate(uniqueIdNumber(), "WrongPass1", "192.0.2.77");
    await authenticate(idNumber, password, "192.0.2.77");
    const candidate = await db.candidate.findUniqueOrThrow({ where: { idNumber }, select: { id: true } });
    const actor: Actor = {
      id: userId,
      kind: "CANDIDATE",
      displayName: "赵磊",
      roles: [],
      institutionId: null,
      candidateId: candidate.id,
    };
    const at = new Date("2025-05-08T02:00:00Z");

    // 四(二): the wizard and the submit, in batch 4 so that its payment window follows (三).
    const { applicationId } = await startApplication(actor, { batchId: await batchId(5), projectSeq: 1 }, "2025-05-08");
    await fillDraft(actor, applicationId, "2025-05-08", at);
    await giveUploadConsent(actor);
    await attachFile(
      actor,
      applicationId,
      "PHOTO",
      { bytes: await makeJpeg({ targetBytes: sizeKb(250) }), name: `${idNumber}.jpg` },
      { autoFit: true },
      "2025-05-08",
    );
    await submitApplication(actor, applicationId, "2025-05-08", at);

    // 四 review, 五 payment and 确认收费 by staff: the audited decisions.
    const reviewer = await createStaff(["REVIEWER"]);
    const { version } = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } });
    await decideApplication(
      reviewer,
      applicationId,
      version,
      { kind: "approve" },
      "2025-05-14",
      new Date("2025-05-14T02:00:00Z"),
    );
    await db.project.update({ where: { seq: 1 }, data: { feeFen: 15_000 } });
    await submitPayment(
      actor,
      applicationId,
      { payerName: "赵磊", amount: 15_000, transferDate: "2025-05-26", proxyNote: undefined },
      { bytes: makePdf(sizeKb(80)), name: `${idNumber}回单.pdf` },
      "2025-05-26",
    );
    const payment = await db.paymentItem.findFirstOrThrow({ where: { applicationId }, select: { paymentId: true } });
    await confirmPayment(await createStaff(["FINANCE"]), payment.paymentId, new Date("2025-05-27T02:00:00Z"));

    // 六: public lookups with the full number, right and wrong.
    await lookupTicket(idNumber, "赵磊", "192.0.2.78", at, "2025-06-10", "http://portal.test").catch(() => undefined);
    await lookupTicket(uniqueIdNumber(), "赵磊", "192.0.2.78", at, "2025-06-10", "http://portal.test").catch(() => undefined);

    const everything = logged.join("\n");
    expect(fullIdNumbers(everything)).toEqual([]);
    expect(everything).not.toContain(idNumber);
  });

  it("no row of the audit table, whoever wrote it, holds a full ID number", async () => {
    const rows = await db.$queryRaw<{ id: bigint; action: string; text: string }[]>`
      SELECT id, action, concat_ws(' ', "entityId", before::text, after::text) AS text FROM "AuditLog"`;
    expect(rows.length).toBeGreaterThan(0);
    const offenders = rows.flatMap((row) => fullIdNumbers(row.text).map(() => `${row.id} ${row.action}`));
    expect(offenders).toEqual([]);
  });
});

import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ROSTER_COLUMNS } from "@/lib/domain/roster/columns";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { signUpCodeSchema } from "@/lib/schemas/account-schema";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { submitRoster } from "@/lib/server/institution/roster/submit-roster";
import { batchTicketsPdf } from "@/lib/server/institution/tickets/batch-tickets";
import { giveSessionToPlanOf } from "@/tests/integration/support/exam-session";
import { pdfText, squash } from "../documents/pdf-tools";
import { createInstitutionActor, uniqueIdNumber } from "../support/factories";
import { signUpWithCode } from "../support/sign-up";
import { uniqueMobile } from "../support/sms";
import { fillTemplate, gbkCsv, goodRow, rosterInstitution, rosterSetup, type RosterRowInput } from "./support/roster";
import { registerThroughRoster } from "./support/people";

/**
 * Issue 13 item 5 (GB 18030-2022): 王𠮷 (Extension B) was accepted but its ticket printed 「王」
 * and a blank box; a GBK CSV turned it into 「王?」 with a generic message. Now names are stored
 * whole, printed whole, CSV is read as GB 18030, and a character no PDF font has (𪚥) is refused
 * at input with a message that says what to do.
 */
const TODAY = "2025-05-08";
const AT = new Date("2025-05-08T02:00:00Z");
let batch5: string;
let template: Buffer;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  ({ batch5, template } = await rosterSetup());
});

function gb18030Csv(rows: readonly RosterRowInput[]): Buffer {
  const lines = [
    ROSTER_COLUMNS.map((c) => c.header).join(","),
    ...rows.map((r) => ROSTER_COLUMNS.map((c) => String((r[c.key] as string | number | undefined) ?? "")).join(",")),
  ];
  return iconv.encode(lines.join("\r\n") + "\r\n", "gb18030");
}

describe("rare characters in names (issue 13 item 5)", () => {
  it("roster: 王𠮷 and 李䶮 are stored whole, 张𪚥 is refused with what to do", async () => {
    const actor = await rosterInstitution();
    const [a, b, c] = [uniqueIdNumber(), uniqueIdNumber(), uniqueIdNumber()];
    const file = await fillTemplate(template, [goodRow(a, "王𠮷"), goodRow(b, "李䶮"), goodRow(c, "张𪚥")]);
    const preview = await previewRoster(actor, { batchId: batch5, bytes: file, fileName: "花名册.xlsx" }, TODAY);
    expect(preview).toMatchObject({ valid: 2, invalid: 1 });
    expect(preview.problemRows).toHaveLength(1);
    expect(preview.problemRows[0]).toMatchObject({
      line: 4,
      name: "张𪚥",
      problems: [{ column: "name", failure: { key: "ruleFailures.roster.name.unprintable", params: { chars: "𪚥" } } }],
    });
    await submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, AT);
    const stored = await db.candidate.findMany({ where: { idNumber: { in: [a, b, c] } }, select: { name: true } });
    expect(stored.map((s) => s.name).sort()).toEqual(["李䶮", "王𠮷"].sort());
    // The exact-name lookup (the ticket lookup's HMAC column) finds the rare name.
    expect(await db.candidate.count({ where: { name: "王𠮷", idNumber: a } })).toBe(1);
  });

  it("a CSV saved as GB 18030 keeps 𠮷; a GBK CSV's 「王?」 is told apart from a typo", async () => {
    const actor = await rosterInstitution();
    const id = uniqueIdNumber();
    const ok = await previewRoster(
      actor,
      { batchId: batch5, bytes: gb18030Csv([goodRow(id, "王𠮷")]), fileName: "花名册.csv" },
      TODAY,
    );
    expect(ok).toMatchObject({ format: "csv", valid: 1, invalid: 0 });
    await submitRoster(actor, { uploadId: ok.uploadId, pledge: true }, TODAY, AT);
    expect(await db.candidate.findFirstOrThrow({ where: { idNumber: id }, select: { name: true } })).toEqual({ name: "王𠮷" });

    // GBK has no 𠮷: Excel writes "?" in its place.
    const lost = await previewRoster(
      actor,
      { batchId: batch5, bytes: gbkCsv([goodRow(uniqueIdNumber(), "王𠮷")]), fileName: "花名册.csv" },
      TODAY,
    );
    expect(lost.problemRows[0]?.problems).toEqual([
      { column: "name", failure: { key: "ruleFailures.roster.name.lostInEncoding" } },
    ]);
  });

  it("sign-up: 王𠮷 registers, 张𪚥 is refused with the rare-character message", async () => {
    const idNumber = uniqueIdNumber();
    const { userId } = await signUpWithCode({ name: "王𠮷", idNumber });
    expect(await db.candidate.findFirstOrThrow({ where: { userId }, select: { name: true } })).toEqual({ name: "王𠮷" });
    const refused = signUpCodeSchema(TODAY).safeParse({
      name: "张𪚥",
      idNumber: uniqueIdNumber(),
      mobile: uniqueMobile(),
      email: "",
      privacyConsent: "on",
      sensitiveConsent: "on",
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.message)).toEqual(["rareNames.errors.unprintable"]);
  });

  it("the institution's batch tickets print 王𠮷 whole (text layer)", async () => {
    const actor = await createInstitutionActor();
    const people = await registerThroughRoster(actor, ["王𠮷", "李䶮"], { project: "大数据清洗", condition: "" });
    let sequence = 9400;
    for (const p of people) {
      await db.application.update({
        where: { id: p.applicationId },
        data: {
          status: "PAYMENT_CONFIRMED",
          ticketNumber: formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 4, sequence: ++sequence }),
        },
      });
    }
    await giveSessionToPlanOf(people[0]!.applicationId);
    const { pdf } = await batchTicketsPdf(actor, people[0]!.planId, "2025-06-10", "http://portal.test");
    const text = squash(pdfText(pdf));
    expect(text).toContain("王𠮷");
    expect(text).toContain("李䶮");
  });
});

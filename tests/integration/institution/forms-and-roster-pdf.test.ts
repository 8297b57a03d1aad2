import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { renderBlankFormPdf } from "@/lib/server/documents/blank-forms-pdf";
import { institutionRosterPdf } from "@/lib/server/institution/documents/roster-pdf";
import { GET as formRoute } from "@/app/forms/[name]/route";
import { pdfInfo, pdfText, squash } from "../documents/pdf-tools";
import { batchId, createInstitutionActor } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { registerThroughRoster } from "./support/people";

/**
 * Issue 13 item 7: no roster document was generated from the imported candidates for the
 * institution to print and stamp, and the institution area offered none of the notice's forms.
 * Now: the blank 质量责任承诺书 (with 个人申报表 and 个人诚信承诺书, public under /forms) and a
 * 花名册 PDF of the institution's submitted candidates of a batch, across projects.
 */
beforeAll(() => {
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  return ensureCatalog();
});

describe("forms and the roster PDF in the institution area (issue 13 item 7)", () => {
  it("serves the blank 专项职业能力考核报名质量责任承诺书 beside the candidates' forms", async () => {
    const pdf = await renderBlankFormPdf("quality-pledge");
    const text = squash(pdfText(pdf));
    expect(text).toContain("专项职业能力考核报名质量责任承诺书");
    expect(text).toContain("双承诺制");
    expect(text).toContain("报名机构（公章）");
    const response = await formRoute(new Request("http://portal.test/forms/quality-pledge.pdf"), {
      params: Promise.resolve({ name: "quality-pledge.pdf" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
  });

  it("prints the submitted candidates of the batch across projects, sorted by project then name, drafts left out", async () => {
    const actor = await createInstitutionActor("四川省大数据产业联合会");
    const collect = await registerThroughRoster(actor, ["花名册乙", "花名册甲"], { project: "大数据清洗", condition: "" });
    const gather = await registerThroughRoster(actor, ["花名册丙𠮷"]);
    const draft = await registerThroughRoster(actor, ["花名册草稿"]);
    await db.application.updateMany({
      where: { id: { in: [...collect, ...gather].map((p) => p.applicationId) } },
      data: { status: "SUBMITTED" },
    });
    const { pdf, fileName } = await institutionRosterPdf(actor, await batchId(5));
    expect(fileName).toBe("考核人员花名册-四川省大数据产业联合会-2025年第5批次.pdf");
    expect(pdfInfo(pdf).pageSize).toContain("841.89 x 595.28");
    const text = squash(pdfText(pdf));
    for (const s of ["考核人员花名册", "四川省大数据产业联合会", "2025年第5批次", "报名机构公章", "大数据采集", "大数据清洗"]) {
      expect(text).toContain(s);
    }
    // Project 3 (大数据采集) before project 4 (大数据清洗); the full ID number, to check against the portal.
    const order = ["花名册丙𠮷", "花名册甲", "花名册乙"].map((n) => text.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain(gather[0]!.idNumber);
    expect(text).not.toContain("花名册草稿");
    expect(text).not.toContain(draft[0]!.idNumber);
  });

  it("lists only the institution's own candidates, and says so when nothing is submitted", async () => {
    const other = await createInstitutionActor("四川省科教兴川促进会");
    await expect(institutionRosterPdf(other, await batchId(6))).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "institutionDocs.errors.nothingSubmitted",
    });
    const staff = { ...other, kind: "STAFF" as const, institutionId: null };
    await expect(institutionRosterPdf(staff, await batchId(5))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

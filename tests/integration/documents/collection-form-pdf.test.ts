import { describe, expect, it } from "vitest";
import { formatCertificateNumber } from "@/lib/domain/certificate-number";
import { renderCertificateCollectionFormPdf } from "@/lib/server/documents/collection-form-pdf";
import { FULL_ID } from "./fixtures";
import { pdfInfo, pdfText, squash } from "./pdf-tools";

function rows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    name: `考生${i + 1}`,
    maskedIdNumber: "510***********1230",
    certificateNumber: formatCertificateNumber({ year: 2025, projectSeq: 14, sequence: i + 1 }),
  }));
}

const FORM = { institutionName: "四川某某职业技术学院", batchLabel: "2025年第5批次", projectName: "工程建设领域劳资管理" };

describe("四川核发专项职业能力证书登记表 PDF (九)", () => {
  it("lists every certificate with the institution, batch, project, count, signature and stamp boxes", async () => {
    const pdf = await renderCertificateCollectionFormPdf({ ...FORM, rows: rows(3) });
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = squash(pdfText(pdf));
    for (const s of [
      "四川核发专项职业能力证书登记表",
      "四川某某职业技术学院",
      "2025年第5批次",
      "工程建设领域劳资管理",
      "证书数量：3本",
      "负责人（签字）",
      "报名机构公章",
      "领证人（签字）",
    ]) {
      expect(text).toContain(s);
    }
    for (const r of rows(3)) {
      expect(text).toContain(r.name);
      expect(text).toContain(r.certificateNumber);
    }
    expect(text).not.toContain(FULL_ID);
  });

  it("runs onto more pages with the header repeated, numbered, and the signatures once at the end", async () => {
    const pdf = await renderCertificateCollectionFormPdf({ ...FORM, rows: rows(60) });
    const { pages } = pdfInfo(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) {
      const text = squash(pdfText(pdf, p));
      expect(text).toContain("证书编号");
      expect(text).toContain(`第${p}页，共${pages}页`);
    }
    expect(squash(pdfText(pdf, pages))).toContain("报名机构公章");
    expect(squash(pdfText(pdf)).match(/报名机构公章/g)).toHaveLength(1);
    expect(squash(pdfText(pdf))).toContain("考生60");
  });

  it("refuses a full ID number", async () => {
    await expect(
      renderCertificateCollectionFormPdf({
        ...FORM,
        rows: [{ name: "张三", maskedIdNumber: FULL_ID, certificateNumber: "SC202514001236" }],
      }),
    ).rejects.toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { renderCertificatePdf, type CertificateDto } from "@/lib/server/documents/certificate-pdf";
import { signToken } from "@/lib/server/tokens/signed-token";
import { BASE_URL, FULL_ID, SECRET, makePhoto } from "./fixtures";
import { pdfImages, pdfInfo, pdfText, squash } from "./pdf-tools";

async function certificate(overrides: Partial<CertificateDto> = {}): Promise<CertificateDto> {
  return {
    certificateNumber: "SC202514001236",
    name: "欧阳娜娜",
    maskedIdNumber: "510***********1230",
    projectName: "工程建设领域劳资管理",
    score: 86,
    issuedOn: "2025-08-20",
    photo: await makePhoto(),
    qrToken: signToken({ t: "certificate", id: "SC202514001236", v: 1 }, SECRET),
    ...overrides,
  };
}

describe("专项职业能力证书 PDF (九)", () => {
  it("prints one A4 landscape page with the holder, project, number, date and the masked ID", async () => {
    const pdf = await renderCertificatePdf(await certificate(), BASE_URL);
    expect(pdfInfo(pdf)).toEqual({ pages: 1, pageSize: "841.89 x 595.28 pts (A4)" });
    const text = squash(pdfText(pdf));
    for (const s of [
      "专项职业能力证书",
      "欧阳娜娜",
      "工程建设领域劳资管理",
      "SC202514001236",
      "2025年8月20日",
      "510***********1230",
      "86分",
      "四川省职业技能鉴定指导中心",
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain(FULL_ID);
  });

  it("leaves the score out when none is given", async () => {
    const text = squash(pdfText(await renderCertificatePdf(await certificate({ score: undefined }), BASE_URL)));
    expect(text).not.toContain("考核成绩");
  });

  it("embeds the photo and a QR code, or a photo box when there is no photo", async () => {
    const withPhoto = pdfImages(await renderCertificatePdf(await certificate(), BASE_URL));
    expect(withPhoto.map((i) => i.enc)).toEqual(expect.arrayContaining(["jpeg"]));
    expect(withPhoto.filter((i) => i.bpc === 1)).toHaveLength(1);
    const without = await renderCertificatePdf(await certificate({ photo: null }), BASE_URL);
    expect(pdfImages(without).filter((i) => i.enc === "jpeg")).toEqual([]);
    expect(squash(pdfText(without))).toContain("照片");
  });

  it("refuses a full ID number", async () => {
    await expect(renderCertificatePdf(await certificate({ maskedIdNumber: FULL_ID }), BASE_URL)).rejects.toThrow(RangeError);
  });
});

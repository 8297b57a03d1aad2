import { beforeAll, describe, expect, it } from "vitest";
import { formatCertificateNumber } from "@/lib/domain/certificate-number";
import { unprintableChars } from "@/lib/domain/pdf-glyphs";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { renderCertificatePdf } from "@/lib/server/documents/certificate-pdf";
import { renderCertificateCollectionFormPdf } from "@/lib/server/documents/collection-form-pdf";
import type { PhotoDto } from "@/lib/server/documents/photo";
import { renderSignInSheetPdf } from "@/lib/server/documents/sign-in-sheet-pdf";
import { renderTicketsPdf } from "@/lib/server/documents/ticket-pdf";
import { signToken } from "@/lib/server/tokens/signed-token";
import { BASE_URL, SECRET, makePhoto, makeTicket } from "./fixtures";
import { pdfText, squash } from "./pdf-tools";

/**
 * Issue 13 item 5 (GB 18030-2022): 王𠮷 (Extension B, not in Noto Sans SC) printed a blank box and
 * the text layer had only 「王」. Every PDF now draws each character with the first font that has
 * it; what no font has (𪚥) is refused at input (tests/integration/institution/rare-names.test.ts).
 */
const NAMES = ["王𠮷", "李䶮", "张𠮷䶮"];

let photo: PhotoDto;
beforeAll(async () => {
  photo = await makePhoto();
});

describe("rare characters in every PDF (GB 18030-2022, issue 13 item 5)", () => {
  it("the fonts can print 𠮷 and 䶮 but not 𪚥, which input refuses", () => {
    expect(unprintableChars("王𠮷李䶮")).toEqual([]);
    expect(unprintableChars("张𪚥")).toEqual(["𪚥"]);
  });

  it("准考证: the text layer holds the whole name", async () => {
    const pdf = await renderTicketsPdf(
      NAMES.map((name, i) => ({ ...makeTicket(i + 1, photo), name })),
      BASE_URL,
    );
    NAMES.forEach((name, i) => expect(squash(pdfText(pdf, i + 1))).toContain(name));
  });

  it("考生签到册", async () => {
    const pdf = await renderSignInSheetPdf({
      batchLabel: "2025年第5批次",
      examDate: "2025-05-17",
      siteName: "省直考点",
      room: "第3考场（501室）",
      examTimes: [{ projectName: "工程建设领域劳资管理", time: "09:00—11:00" }],
      rows: NAMES.map((name, i) => ({
        seat: i + 1,
        ticketNumber: formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 14, sequence: i + 1 }),
        name,
        maskedIdNumber: "510***********1230",
        projectName: "工程建设领域劳资管理",
        photo,
      })),
    });
    const text = squash(pdfText(pdf));
    for (const name of NAMES) expect(text).toContain(name);
  });

  it("专项职业能力证书", async () => {
    const pdf = await renderCertificatePdf(
      {
        certificateNumber: "SC202514009871",
        name: "王𠮷",
        maskedIdNumber: "510***********1230",
        projectName: "工程建设领域劳资管理",
        score: 86,
        issuedOn: "2025-08-20",
        photo,
        qrToken: signToken({ t: "certificate", id: "SC202514009871", v: 1 }, SECRET),
      },
      BASE_URL,
    );
    expect(squash(pdfText(pdf))).toContain("王𠮷");
  });

  it("四川核发专项职业能力证书登记表", async () => {
    const pdf = await renderCertificateCollectionFormPdf({
      institutionName: "四川某某职业技术学院",
      batchLabel: "2025年第5批次",
      projectName: "工程建设领域劳资管理",
      rows: NAMES.map((name, i) => ({
        name,
        maskedIdNumber: "510***********1230",
        certificateNumber: formatCertificateNumber({ year: 2025, projectSeq: 14, sequence: 900 + i }),
      })),
    });
    const text = squash(pdfText(pdf));
    for (const name of NAMES) expect(text).toContain(name);
  });
});

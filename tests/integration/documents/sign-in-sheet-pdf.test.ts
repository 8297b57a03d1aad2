import { beforeAll, describe, expect, it } from "vitest";
import { displayTicketNumber, formatTicketNumber } from "@/lib/domain/ticket-number";
import type { PhotoDto } from "@/lib/server/documents/photo";
import { renderSignInSheetPdf, type SignInSheetDto } from "@/lib/server/documents/sign-in-sheet-pdf";
import { FULL_ID, makePhoto } from "./fixtures";
import { pdfImages, pdfInfo, pdfText, squash } from "./pdf-tools";

let photo: PhotoDto;
beforeAll(async () => {
  photo = await makePhoto();
});

function sheet(n: number, overrides: Partial<SignInSheetDto> = {}): SignInSheetDto {
  return {
    batchLabel: "2025年第5批次",
    examDate: "2025-05-17",
    siteName: "省直考点",
    room: "第3考场（501室）",
    examTimes: [{ projectName: "工程建设领域劳资管理", time: "09:00—11:00" }],
    rows: Array.from({ length: n }, (_, i) => ({
      seat: n - i, // given out of order: the sheet sorts by seat
      ticketNumber: formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 14, sequence: n - i }),
      name: `考生${n - i}号`,
      maskedIdNumber: "510***********1230",
      // A long name wraps to several lines in its cell; the row still stays whole.
      projectName: i % 2 === 0 ? "工程建设领域劳资管理" : "心理健康指导（婴幼儿方向）专项职业能力考核（含实操）",
      photo,
    })),
    ...overrides,
  };
}

describe("考生签到册 PDF (四: the photo is used on the sign-in sheet)", () => {
  it("issue 12 (5): prints the exam time of the room's session(s) (七)", async () => {
    expect(squash(pdfText(await renderSignInSheetPdf(sheet(2))))).toContain("考核时间：09:00—11:00");
    const two = await renderSignInSheetPdf(
      sheet(2, {
        examTimes: [
          { projectName: "工程建设领域劳资管理", time: "14:00—16:00" },
          { projectName: "大数据采集", time: "09:00—11:00" },
        ],
      }),
    );
    expect(squash(pdfText(two))).toContain(squash("考核时间：09:00—11:00（大数据采集）；14:00—16:00（工程建设领域劳资管理）"));
  });

  it("lists the room's candidates in seat order with photo, ticket number, masked ID, project and a signature column", async () => {
    const pdf = await renderSignInSheetPdf(sheet(3));
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = squash(pdfText(pdf));
    for (const s of [
      "考生签到册",
      "第3考场（501室）",
      "2025年5月17日（星期六）",
      "考核项目：",
      "工程建设领域劳资管理",
      "心理健康指导（婴幼儿方向）",
      "考生签名",
      "应到人数：3人",
      "监考人员（签字）",
    ]) {
      expect(text).toContain(s);
    }
    const order = ["考生1号", "考生2号", "考生3号"].map((n) => text.indexOf(n));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain(
      squash(displayTicketNumber(formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 14, sequence: 2 }))),
    );
    expect(text).not.toContain(FULL_ID);
    expect(pdfImages(pdf).filter((i) => i.enc === "jpeg")).toHaveLength(3);
  });

  it("runs a full room onto numbered pages and lists candidates without a seat last", async () => {
    const base = sheet(30);
    const rows = [
      {
        ...base.rows[0]!,
        seat: null,
        name: "未排座考生",
        ticketNumber: formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 14, sequence: 99 }),
      },
      ...base.rows.slice(1),
    ];
    const pdf = await renderSignInSheetPdf({ ...base, rows });
    const { pages } = pdfInfo(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) {
      expect(squash(pdfText(pdf, p))).toContain(`第${p}页，共${pages}页`);
      expect(squash(pdfText(pdf, p))).toContain("考生签名");
    }
    // A row never splits: each candidate's ticket number, name and project are on the same single
    // page, and each page holds as many photos as it holds rows. (pdftotext reads a wrapped cell
    // and the repeated header out of order, so the check is per page, not per line.)
    const pageTexts = Array.from({ length: pages }, (_, i) => squash(pdfText(pdf, i + 1)));
    const rowsOnPage = pageTexts.map(() => 0);
    for (const r of rows) {
      const found = pageTexts.flatMap((text, i) => (text.includes(squash(displayTicketNumber(r.ticketNumber))) ? [i] : []));
      expect(found, r.name).toHaveLength(1);
      expect(pageTexts[found[0]!]).toContain(r.name);
      expect(pageTexts[found[0]!]).toContain(squash(r.projectName));
      rowsOnPage[found[0]!]! += 1;
    }
    const photos = pdfImages(pdf).filter((i) => i.enc === "jpeg");
    expect(rowsOnPage).toEqual(pageTexts.map((_, i) => photos.filter((p) => p.page === i + 1).length));
    const last = squash(pdfText(pdf, pages));
    expect(last).toContain("未排座考生");
    expect(last.indexOf("未排座考生")).toBeGreaterThan(last.indexOf("考生29号"));
  });

  it("prints 无照片 for a candidate without a photo", async () => {
    const base = sheet(2);
    const pdf = await renderSignInSheetPdf({ ...base, rows: [{ ...base.rows[0]!, photo: null }, base.rows[1]!] });
    expect(squash(pdfText(pdf))).toContain("无照片");
  });

  it("refuses a full ID number", async () => {
    const base = sheet(1);
    await expect(renderSignInSheetPdf({ ...base, rows: [{ ...base.rows[0]!, maskedIdNumber: FULL_ID }] })).rejects.toThrow(
      RangeError,
    );
  });
});

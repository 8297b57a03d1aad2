import { beforeAll, describe, expect, it } from "vitest";
import { displayTicketNumber } from "@/lib/domain/ticket-number";
import type { PhotoDto } from "@/lib/server/documents/photo";
import { renderTicketsPdf } from "@/lib/server/documents/ticket-pdf";
import { BASE_URL, FULL_ID, makePhoto, makeTicket } from "./fixtures";
import { pdfFonts, pdfImages, pdfInfo, pdfText, squash } from "./pdf-tools";

let photo: PhotoDto;
beforeAll(async () => {
  photo = await makePhoto();
});

describe("准考证 PDF (六, 七)", () => {
  it("prints one A4 page per ticket with the candidate's data, and the masked ID only", async () => {
    const tickets = [makeTicket(1, photo), makeTicket(2, photo), makeTicket(3, photo)];
    const pdf = await renderTicketsPdf(tickets, BASE_URL);
    expect(pdfInfo(pdf)).toEqual({ pages: 3, pageSize: "595.28 x 841.89 pts (A4)" });

    const first = squash(pdfText(pdf, 1));
    expect(first).toContain("专项职业能力考核准考证");
    expect(first).toContain("四川省职业技能鉴定指导中心");
    expect(first).toContain("欧阳娜娜");
    expect(first).toContain(squash(displayTicketNumber(tickets[0]!.ticketNumber)));
    expect(first).toContain("工程建设领域劳资管理");
    expect(first).toContain("2025年5月17日（星期六）");
    expect(first).toContain("09:00—11:00");
    expect(first).toContain("第3考场（501室）");
    expect(first).toContain("510***********1230");
    expect(first).toContain("2025年第5批次");
    expect(squash(pdfText(pdf))).not.toContain(FULL_ID);
    // Each page is its own candidate's.
    expect(squash(pdfText(pdf, 3))).toContain(squash(displayTicketNumber(tickets[2]!.ticketNumber)));
    expect(squash(pdfText(pdf, 3))).not.toContain("欧阳娜娜");
  });

  it("prints the exam-day rules of 七 and the consultation number of 十一", async () => {
    const text = squash(pdfText(await renderTicketsPdf([makeTicket(1, photo)], BASE_URL)));
    expect(text).toContain("考生须知");
    expect(text).toContain("二代身份证");
    expect(text).toContain("过期身份证、一代身份证、身份证复印件");
    expect(text).toContain("不予认可");
    expect(text).toContain("按时到达考点");
    expect(text).toContain("智能化上机考核");
    expect(text).toContain("028-86156861");
    expect(text).toContain("A4纸");
  });

  it("says 考场座位待安排 while room or seat is not assigned, and not once they are", async () => {
    const pdf = await renderTicketsPdf(
      [makeTicket(1, photo, { room: null, seat: null }), makeTicket(2, photo, { seat: null }), makeTicket(3, photo)],
      BASE_URL,
    );
    expect(squash(pdfText(pdf, 1))).toContain("考场座位待安排");
    expect(squash(pdfText(pdf, 1))).toContain("待安排");
    expect(squash(pdfText(pdf, 2))).toContain("考场座位待安排");
    expect(squash(pdfText(pdf, 3))).not.toContain("待安排");
  });

  it("embeds the photo as a JPEG and the QR code as a 1-bit image on every page", async () => {
    const images = pdfImages(await renderTicketsPdf([makeTicket(1, photo), makeTicket(2, photo)], BASE_URL));
    for (const page of [1, 2]) {
      const onPage = images.filter((i) => i.page === page);
      expect(onPage).toContainEqual(expect.objectContaining({ type: "image", enc: "jpeg", width: 300, height: 400 }));
      expect(onPage).toContainEqual(expect.objectContaining({ type: "image", color: "gray", bpc: 1 }));
      expect(onPage.filter((i) => i.type === "smask")).toEqual([]);
    }
  });

  it("draws a box to glue a photo into when there is none", async () => {
    const pdf = await renderTicketsPdf([makeTicket(1, null)], BASE_URL);
    expect(squash(pdfText(pdf))).toContain("照片");
    expect(pdfImages(pdf).filter((i) => i.enc === "jpeg")).toEqual([]);
  });

  it("keeps long values inside their boxes: still one page per ticket", async () => {
    const pdf = await renderTicketsPdf(
      [
        makeTicket(1, photo, {
          siteAddress:
            "四川省成都市青羊区某某街道某某社区某某路一百二十三号某某大厦A座五楼五百零九室（请从北门进入，南门不开放）".repeat(2),
          projectName: "儿童青少年生殖健康教育咨询服务",
          name: "阿卜杜热合曼·买买提依明",
        }),
        makeTicket(2, photo),
      ],
      BASE_URL,
    );
    expect(pdfInfo(pdf).pages).toBe(2);
    expect(squash(pdfText(pdf, 1))).toContain("阿卜杜热合曼·买买提依明");
  });

  it("subsets one Chinese font per weight for the whole batch", async () => {
    const pdf = await renderTicketsPdf([makeTicket(1, photo), makeTicket(2, photo), makeTicket(3, photo)], BASE_URL);
    const fonts = pdfFonts(pdf);
    expect(fonts.filter((f) => f.endsWith("NotoSansSC-Regular"))).toHaveLength(1);
    expect(fonts.filter((f) => f.endsWith("NotoSansSC-Bold"))).toHaveLength(1);
    expect(fonts.every((f) => f.includes("+"))).toBe(true); // "+" marks a subset
  });

  it("stays within 60 KB per ticket for a batch of 100", async () => {
    const photos = await Promise.all([1, 2, 3, 4].map((seed) => makePhoto(seed)));
    const tickets = Array.from({ length: 100 }, (_, i) => makeTicket(i + 1, photos[i % 4]!));
    const pdf = await renderTicketsPdf(tickets, BASE_URL);
    expect(pdfInfo(pdf).pages).toBe(100);
    const perTicket = pdf.length / 100;
    console.info(`100 tickets: ${(pdf.length / 1024).toFixed(0)} KB, ${(perTicket / 1024).toFixed(1)} KB per ticket`);
    expect(perTicket).toBeLessThanOrEqual(60 * 1024);
  });

  it("refuses a full ID number, an empty batch and a bad photo before printing anything", async () => {
    await expect(renderTicketsPdf([makeTicket(1, photo, { maskedIdNumber: FULL_ID })], BASE_URL)).rejects.toThrow(RangeError);
    await expect(renderTicketsPdf([], BASE_URL)).rejects.toThrow(RangeError);
    await expect(renderTicketsPdf([makeTicket(1, { bytes: photo.bytes, mime: "image/png" })], BASE_URL)).rejects.toThrow(
      RangeError,
    );
    await expect(renderTicketsPdf([makeTicket(1, photo)], "ftp://example.cn")).rejects.toThrow(RangeError);
  });
});

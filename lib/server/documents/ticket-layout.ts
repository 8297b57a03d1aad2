import "server-only";
import { displayTicketNumber } from "@/lib/domain/ticket-number";
import { drawLines, fitText, lineBoxHeight, wrapLines, type Painter, type PdfFonts } from "./canvas-text";
import { CENTER_NAME, CONSULTATION_DESK, CONSULTATION_PHONE, SUPERVISION_DESK, SUPERVISION_PHONE } from "./center";
import { chineseDate } from "./document-values";
import type { TicketDto } from "./ticket-dto";

/** A4 in points; every position below is from the top-left corner. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
const MARGIN = 48;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const SIDE_WIDTH = 116;
const TABLE = { x: MARGIN, y: 134, width: CONTENT_WIDTH - SIDE_WIDTH - 14, labelWidth: 70 } as const;
const SIDE_X = TABLE.x + TABLE.width + 14;
/** 3:4, the proportion of ID-style photos; 36 × 48 mm. */
export const PHOTO_BOX = { x: SIDE_X + 7, y: TABLE.y, width: 102, height: 136 } as const;
export const QR_BOX = { x: SIDE_X + 10, y: TABLE.y + 156, width: 96, height: 96 } as const;

const BODY = 10.5;
const PENDING = "待安排";

// Exam-day rules: 七 (ID card), 二(二) (computer-based), 六 (A4 print), 八 (pass mark), 十一.
const RULES = [
  "考核当天，考生本人须持本准考证和有效身份证件（二代身份证）按准考证指定的时间、地点和考场参加考核。过期身份证、一代身份证、身份证复印件等其他证件、证明不予认可。",
  "请合理安排行程，按时到达考点，凭准考证和二代身份证入场。",
  "本项目采用智能化上机考核，请服从考场工作人员安排，遵守考场纪律。",
  "准考证使用A4纸打印，黑白、彩色均可，须确保字迹、照片清晰。",
  "考核实行百分制，成绩达60分（含）以上为合格；成绩于考核结束5个工作日后公示。",
  `咨询电话：${CONSULTATION_PHONE}（${CONSULTATION_DESK}）；监督电话：${SUPERVISION_PHONE}（${SUPERVISION_DESK}）。`,
] as const;

interface Row {
  label: string;
  value: string;
  /** Lines the value may take before its size shrinks: fixed rows keep the page fixed. */
  lines: 1 | 2;
  strong?: boolean;
}

function rows(t: TicketDto): Row[] {
  return [
    { label: "准考证号", value: displayTicketNumber(t.ticketNumber), lines: 1, strong: true },
    { label: "姓　　名", value: t.name, lines: 1, strong: true },
    { label: "身份证号", value: t.maskedIdNumber, lines: 1 },
    { label: "考核项目", value: t.projectName, lines: 2 },
    { label: "考核方式", value: "智能化上机考核", lines: 1 },
    { label: "考核日期", value: chineseDate(t.examDate), lines: 1 },
    { label: "考核时间", value: t.examTime, lines: 1 },
    { label: "考点名称", value: t.siteName, lines: 2 },
    { label: "考点地址", value: t.siteAddress, lines: 2 },
    { label: "考　　场", value: t.room ?? PENDING, lines: 1 },
    { label: "座 位 号", value: t.seat === null ? PENDING : String(t.seat), lines: 1 },
  ];
}

const rowHeight = (r: Row) => (r.strong ? 30 : r.lines === 2 ? 38 : 26);

/** Paints one ticket; returns null as react-pdf's Canvas `paint` contract asks. */
export function paintTicket(p: Painter, fonts: PdfFonts, t: TicketDto): null {
  const { regular, bold } = fonts;
  const lead = (size: number) => lineBoxHeight(regular, size);
  p.fillColor("#000").lineWidth(0.75);

  drawLines(p, regular, [CENTER_NAME], { x: MARGIN, y: 40, width: CONTENT_WIDTH, size: 14, leading: lead(14), align: "center" });
  drawLines(p, bold, ["专项职业能力考核准考证"], {
    x: MARGIN,
    y: 62,
    width: CONTENT_WIDTH,
    size: 26,
    leading: lead(26),
    align: "center",
  });
  const batch = fitText(regular, t.batchLabel, CONTENT_WIDTH, 1, 12, 8);
  drawLines(p, regular, batch.lines, {
    x: MARGIN,
    y: 104,
    width: CONTENT_WIDTH,
    size: batch.size,
    leading: lead(12),
    align: "center",
  });

  // Table. Painted in three passes because a pdfkit path is one shape: fill the label column,
  // stroke the grid once, then the text on top.
  const valueX = TABLE.x + TABLE.labelWidth;
  const valueWidth = TABLE.width - TABLE.labelWidth - 12;
  const laidOut: { row: Row; y: number; h: number }[] = [];
  let y = TABLE.y;
  for (const row of rows(t)) {
    laidOut.push({ row, y, h: rowHeight(row) });
    y += rowHeight(row);
  }
  p.rect(TABLE.x, TABLE.y, TABLE.labelWidth, y - TABLE.y).fill("#f1f1f1");
  for (const { y: top, h } of laidOut)
    p.rect(TABLE.x, top, TABLE.labelWidth, h).rect(valueX, top, TABLE.width - TABLE.labelWidth, h);
  p.stroke();
  p.fillColor("#000");
  for (const { row, y: top, h } of laidOut) {
    drawLines(p, regular, [row.label], {
      x: TABLE.x,
      y: top + (h - lead(BODY)) / 2,
      width: TABLE.labelWidth,
      size: BODY,
      leading: lead(BODY),
      align: "center",
    });
    const font = row.strong ? bold : regular;
    const fitted = fitText(font, row.value, valueWidth, row.lines, row.strong ? 14 : BODY, 7);
    const leading = lead(fitted.size) * 0.92;
    drawLines(p, font, fitted.lines, {
      x: valueX + 6,
      y: top + (h - fitted.lines.length * leading) / 2,
      width: valueWidth,
      size: fitted.size,
      leading,
    });
  }

  if (!t.photo) {
    // A box to glue a photo into; dashed so it is not mistaken for a missing image.
    p.save().dash(3, { space: 2 }).rect(PHOTO_BOX.x, PHOTO_BOX.y, PHOTO_BOX.width, PHOTO_BOX.height).stroke().restore();
    drawLines(p, regular, ["照片"], {
      x: PHOTO_BOX.x,
      y: PHOTO_BOX.y + PHOTO_BOX.height / 2 - 8,
      width: PHOTO_BOX.width,
      size: BODY,
      leading: lead(BODY),
      align: "center",
    });
  }
  drawLines(p, regular, ["扫码核验准考证"], {
    x: SIDE_X,
    y: QR_BOX.y + QR_BOX.height + 2,
    width: SIDE_WIDTH,
    size: 8,
    leading: lead(8),
    align: "center",
  });

  y += 14;
  if (t.room === null || t.seat === null) {
    p.lineWidth(1.5).rect(MARGIN, y, CONTENT_WIDTH, 26).stroke().lineWidth(0.75);
    drawLines(p, bold, ["考场座位待安排：请在考场座位公布后重新下载打印本准考证。"], {
      x: MARGIN,
      y: y + (26 - lead(BODY)) / 2,
      width: CONTENT_WIDTH,
      size: BODY,
      leading: lead(BODY),
      align: "center",
    });
  }
  y += 40;

  drawLines(p, bold, ["考生须知"], { x: MARGIN, y, width: CONTENT_WIDTH, size: 13, leading: lead(13) });
  y += lead(13) + 4;
  const leading = lead(BODY) * 0.95;
  RULES.forEach((rule, i) => {
    drawLines(p, regular, [`${i + 1}.`], { x: MARGIN, y, width: 16, size: BODY, leading });
    y =
      drawLines(p, regular, wrapLines(regular, rule, BODY, CONTENT_WIDTH - 18), {
        x: MARGIN + 18,
        y,
        width: CONTENT_WIDTH - 18,
        size: BODY,
        leading,
      }) + 3;
  });

  p.fillColor("#444");
  drawLines(p, regular, [`${CENTER_NAME} · 准考证号 ${t.ticketNumber} · 本准考证仅限考生本人使用`], {
    x: MARGIN,
    y: PAGE.height - 36,
    width: CONTENT_WIDTH,
    size: 8,
    leading: lead(8),
    align: "center",
  });
  p.fillColor("#000");
  return null;
}

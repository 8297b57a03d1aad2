import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { allowServerOnlyImports } from "./allow-server-only";

/**
 * Renders the README's document screenshots from made-up data: `tsx scripts/render-samples.ts`.
 * Needs poppler-utils (pdftoppm). Writes docs/screenshots/ticket-sample.png and
 * certificate-sample.png at 60 dpi (small enough for the repository, large enough to read).
 */
allowServerOnlyImports();
const { renderTicketsPdf } = await import("../lib/server/documents/ticket-pdf");
const { renderCertificatePdf } = await import("../lib/server/documents/certificate-pdf");
const { formatTicketNumber } = await import("../lib/domain/ticket-number");
const { formatCertificateNumber } = await import("../lib/domain/certificate-number");
const { maskIdNumber } = await import("../lib/domain/id-number");
const { signToken } = await import("../lib/server/tokens/signed-token");

const SECRET = "sample-secret-for-screenshots-only";
const BASE_URL = "https://portal.example.cn";
const OUT = path.join("docs", "screenshots");

// A drawn silhouette, not a person: sample documents must not carry anyone's face.
const silhouette = await sharp(
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400">
    <rect width="300" height="400" fill="#dbe7f3"/>
    <circle cx="150" cy="150" r="70" fill="#7a8ca0"/>
    <path d="M30 400 C40 270 260 270 270 400 Z" fill="#7a8ca0"/>
  </svg>`),
)
  .jpeg({ quality: 85 })
  .toBuffer();
const photo = { bytes: silhouette, mime: "image/jpeg" as const };

const ticketNumber = formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 14, sequence: 1 });
const ticketPdf = await renderTicketsPdf(
  [
    {
      ticketNumber,
      name: "张三",
      maskedIdNumber: maskIdNumber("11010519491231002X"),
      photo,
      projectName: "工程建设领域劳资管理",
      examDate: "2025-05-17",
      examTime: "09:00—11:00",
      siteName: "四川省职业技能鉴定指导中心省直考点",
      siteAddress: "成都市青羊区示例路123号5楼",
      room: "第3考场",
      seat: 12,
      qrToken: signToken({ t: "ticket", id: ticketNumber, v: 1 }, SECRET),
      batchLabel: "2025年第5批次",
    },
  ],
  BASE_URL,
);

const certificateNumber = formatCertificateNumber({ year: 2025, projectSeq: 14, sequence: 1 });
const certificatePdf = await renderCertificatePdf(
  {
    certificateNumber,
    name: "张三",
    maskedIdNumber: maskIdNumber("11010519491231002X"),
    projectName: "工程建设领域劳资管理",
    issuedOn: "2025-08-20",
    photo,
    qrToken: signToken({ t: "certificate", id: certificateNumber, v: 1 }, SECRET),
  },
  BASE_URL,
);

mkdirSync(OUT, { recursive: true });
const tmp = mkdtempSync(path.join(tmpdir(), "portal-samples-"));
try {
  for (const [name, pdf] of [
    ["ticket-sample", ticketPdf],
    ["certificate-sample", certificatePdf],
  ] as const) {
    const file = path.join(tmp, `${name}.pdf`);
    writeFileSync(file, pdf);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, path.join(OUT, name)]);
    console.log(`wrote ${path.join(OUT, `${name}.png`)}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

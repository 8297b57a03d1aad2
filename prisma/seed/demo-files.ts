import { createHash } from "node:crypto";
import sharp from "sharp";
import type { Tx } from "@/lib/db-client";

/** A plain passport-style placeholder photo: demo data must not carry anyone's real face. */
export async function demoPhoto(hue: number): Promise<Uint8Array<ArrayBuffer>> {
  const background = { r: 230, g: 236, b: 245 };
  const shirt = { r: (hue * 37) % 200, g: 80 + ((hue * 53) % 120), b: 140 };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400">
    <rect width="300" height="400" fill="rgb(${background.r},${background.g},${background.b})"/>
    <circle cx="150" cy="150" r="70" fill="#d9b99b"/>
    <rect x="60" y="240" width="180" height="160" rx="60" fill="rgb(${shirt.r},${shirt.g},${shirt.b})"/>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer());
}

/** A one-page PDF naming the document, standing in for a scan. */
export function demoPdf(title: string): Uint8Array<ArrayBuffer> {
  const text = `Demo document: ${title}`;
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export async function storeDemoFile(tx: Tx, bytes: Uint8Array<ArrayBuffer>, mime: string, originalName: string): Promise<string> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const row = await tx.storedFile.create({
    data: { sha256, mime, size: bytes.byteLength, originalName, data: bytes },
    select: { id: true },
  });
  return row.id;
}

const DOCUMENTS = [
  ["APPLICATION_FORM", "申报表.pdf"],
  ["PLEDGE", "诚信承诺书.pdf"],
  ["EDUCATION_PROOF", "学历证明.pdf"],
  ["ID_FRONT", "身份证正面.pdf"],
  ["ID_BACK", "身份证反面.pdf"],
] as const;

/** The photo and the five scans of 四(二)2 for one demo application. */
export async function attachDemoFiles(tx: Tx, applicationId: string, hue: number): Promise<void> {
  const photo = await storeDemoFile(tx, await demoPhoto(hue), "image/jpeg", "照片.jpg");
  await tx.attachment.create({ data: { applicationId, kind: "PHOTO", fileId: photo } });
  for (const [kind, name] of DOCUMENTS) {
    const fileId = await storeDemoFile(tx, demoPdf(kind), "application/pdf", name);
    await tx.attachment.create({ data: { applicationId, kind, fileId } });
  }
}

import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { allowServerOnlyImports } from "../scripts/allow-server-only";

/**
 * 六: an institution prints all its candidates' tickets at once. Budget: 1,000 tickets in
 * ≤ 10 s and ≤ 60 KB per ticket, with a realistic photo on each.
 */
export interface TicketBenchResult {
  tickets: number;
  coldStartMs: number;
  ms: number;
  cpuMs: number;
  bytes: number;
  bytesPerTicket: number;
}

const TICKETS = 1000;
/** Distinct photos, cycled: pdfkit embeds every photo it is given (no dedup of Buffers), so 20 are as honest as 1,000 and quicker to make. */
const PHOTOS = 20;

/** Smoothed noise compresses about as badly as a face: ~20 KB at 300 × 400, quality 70. */
async function noisePhoto(seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(300 * 400 * 3);
  let x = (seed + 1) * 2654435761;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    raw[i] = x >>> 24;
  }
  return sharp(raw, { raw: { width: 300, height: 400, channels: 3 } })
    .blur(1.2)
    .jpeg({ quality: 70 })
    .toBuffer();
}

export async function benchTickets(options: { tickets?: number; writeTo?: string } = {}): Promise<TicketBenchResult> {
  allowServerOnlyImports();
  const { renderTicketsPdf } = await import("../lib/server/documents/ticket-pdf");
  const { formatTicketNumber } = await import("../lib/domain/ticket-number");
  const { signToken } = await import("../lib/server/tokens/signed-token");
  const n = options.tickets ?? TICKETS;
  const photos = await Promise.all(Array.from({ length: PHOTOS }, (_, i) => noisePhoto(i)));
  const secret = "bench-secret-not-used-anywhere-else";
  const tickets = Array.from({ length: n }, (_, i) => {
    const ticketNumber = formatTicketNumber({
      year: 2025,
      batchSeq: 5,
      projectSeq: (i % 21) + 1,
      sequence: Math.floor(i / 21) + 1,
    });
    return {
      ticketNumber,
      name: ["欧阳娜娜", "张伟", "李秀英", "王芳", "阿卜杜热合曼"][i % 5] ?? "考生",
      maskedIdNumber: "510***********123X",
      photo: { bytes: photos[i % PHOTOS] ?? Buffer.alloc(0), mime: "image/jpeg" as const },
      projectName: "工程建设领域劳资管理",
      examDate: "2025-05-17",
      examTime: "09:00—11:00",
      siteName: "四川省职业技能鉴定指导中心省直考点",
      siteAddress: "成都市青羊区示例路123号5楼",
      room: i % 10 === 0 ? null : `第${Math.floor(i / 30) + 1}考场`,
      seat: i % 10 === 0 ? null : (i % 30) + 1,
      qrToken: signToken({ t: "ticket", id: ticketNumber, v: 1 }, secret),
      batchLabel: "2025年第5批次",
    };
  });

  // The first document of a process loads and parses the two 10 MB font files.
  let t = performance.now();
  await renderTicketsPdf(tickets.slice(0, 1), "https://portal.example.cn");
  const coldStartMs = performance.now() - t;

  t = performance.now();
  const cpu = process.cpuUsage();
  const pdf = await renderTicketsPdf(tickets, "https://portal.example.cn");
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - t;
  if (options.writeTo) {
    mkdirSync(path.dirname(options.writeTo), { recursive: true });
    writeFileSync(options.writeTo, pdf);
  }
  return {
    tickets: n,
    coldStartMs,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    bytes: pdf.length,
    bytesPerTicket: pdf.length / n,
  };
}

export function printTicketBench(r: TicketBenchResult): void {
  const ok = (pass: boolean) => (pass ? "ok" : "OVER BUDGET");
  console.log(`tickets: ${r.tickets} in one PDF (first document of the process: ${r.coldStartMs.toFixed(0)} ms, fonts included)`);
  console.log(
    `time:    ${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, ${(r.ms / r.tickets).toFixed(1)} ms per ticket [${ok(r.ms <= (10_000 * r.tickets) / 1000)}: ≤ 10 s per 1,000]`,
  );
  console.log(
    `size:    ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${(r.bytesPerTicket / 1024).toFixed(1)} KB per ticket [${ok(r.bytesPerTicket <= 60 * 1024)}: ≤ 60 KB]`,
  );
}

// CLI: `tsx bench/tickets.ts [count] [--write]` (the PDF goes to bench/out/, which git and lint ignore).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? TICKETS);
  const writeTo = process.argv.includes("--write") ? path.join("bench", "out", `tickets-${count}.pdf`) : undefined;
  printTicketBench(await benchTickets({ tickets: count, writeTo }));
}

import sharp from "sharp";
import { maskIdNumber } from "@/lib/domain/id-number";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import type { PhotoDto } from "@/lib/server/documents/photo";
import type { TicketDto } from "@/lib/server/documents/ticket-pdf";
import { signToken } from "@/lib/server/tokens/signed-token";

export const SECRET = "integration-test-secret-0123456789";
export const BASE_URL = "https://portal.example.cn";
/** A valid ID number (GB 11643 check character worked by hand in id-number.test.ts). */
export const FULL_ID = "510104199001011230";

/**
 * A 300 × 400 JPEG of smoothed noise, about 20 KB: the size of a real ID photo after the
 * upload pipeline re-encodes it, and hard to compress, so size budgets are honest.
 */
export async function makePhoto(seed = 1): Promise<PhotoDto> {
  const raw = Buffer.alloc(300 * 400 * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0; // deterministic: the same seed, the same photo
    raw[i] = x >>> 24;
  }
  const bytes = await sharp(raw, { raw: { width: 300, height: 400, channels: 3 } })
    .blur(1.2)
    .jpeg({ quality: 70 })
    .toBuffer();
  return { bytes, mime: "image/jpeg" };
}

export function makeTicket(sequence: number, photo: PhotoDto | null, overrides: Partial<TicketDto> = {}): TicketDto {
  const ticketNumber = formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 14, sequence });
  return {
    ticketNumber,
    name: sequence === 1 ? "欧阳娜娜" : `考生${sequence}`,
    maskedIdNumber: maskIdNumber(FULL_ID),
    photo,
    projectName: "工程建设领域劳资管理",
    examDate: "2025-05-17",
    examTime: "09:00—11:00",
    siteName: "四川省职业技能鉴定指导中心省直考点",
    siteAddress: "成都市青羊区示例路123号5楼",
    room: "第3考场（501室）",
    seat: sequence,
    qrToken: signToken({ t: "ticket", id: ticketNumber, v: 1 }, SECRET),
    batchLabel: "2025年第5批次",
    ...overrides,
  };
}

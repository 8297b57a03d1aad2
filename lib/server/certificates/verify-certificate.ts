import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { shanghaiDate } from "@/lib/domain/calendar";
import { parseCertificateNumber } from "@/lib/domain/certificate-number";
import { maskName } from "@/lib/domain/id-number";
import { hitRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { verifyToken } from "@/lib/server/tokens/signed-token";

export type CertificateVerification =
  { valid: true; certificateNumber: string; maskedName: string; project: string; issuedOn: string } | { valid: false };

/** Lookups by number and name per IP: enough for an employer checking a few, not for sweeping the register. */
export const VERIFY_LIMIT = { perIp: 20, windowMs: 15 * 60 * 1000 } as const;

async function findCertificate(certificateNumber: string, name?: string): Promise<CertificateVerification> {
  // The name is part of the one lookup (its keyed hash, ADR 057): a wrong number and a wrong name
  // cost the same statement and find nothing alike, so neither answer nor timing tells them apart.
  const row = await db.application.findFirst({
    where: name === undefined ? { certificateNumber } : { certificateNumber, candidate: { name } },
    select: {
      status: true,
      certificateIssuedAt: true,
      candidate: { select: { name: true } },
      plan: { select: { noticePublishedAt: true, project: { select: { name: true } } } },
    },
  });
  if (!row || row.status !== "PAYMENT_CONFIRMED" || !row.certificateIssuedAt || !row.plan.noticePublishedAt)
    return { valid: false };
  return {
    valid: true,
    certificateNumber,
    maskedName: maskName(row.candidate.name),
    project: row.plan.project.name,
    issuedOn: shanghaiDate(row.certificateIssuedAt),
  };
}

/** The QR on the certificate (ADR 006): the signature proves the number is ours before any lookup. */
export async function verifyCertificateToken(token: string): Promise<CertificateVerification> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return { valid: false };
  const verified = verifyToken(token, secret, "certificate");
  return verified.ok ? findCertificate(verified.payload.id) : { valid: false };
}

/**
 * 九 "证书查询、核验": number plus the holder's name, both must match; a wrong number and a
 * wrong name answer the same. Counted per IP in the database (all app instances share it).
 */
export async function verifyCertificateByNumber(
  rawNumber: string,
  name: string,
  ip: string,
  at: Date,
): Promise<CertificateVerification> {
  const limit = await hitRateLimit(`certificate-verify:ip:${ip}`, VERIFY_LIMIT.perIp, VERIFY_LIMIT.windowMs, at);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", "publicNotice.verify.rateLimited");
  const parsed = parseCertificateNumber(rawNumber);
  if (!parsed.ok) return { valid: false };
  return findCertificate(parsed.value.certificateNumber, name.trim());
}

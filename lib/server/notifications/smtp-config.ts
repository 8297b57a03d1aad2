import "server-only";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import { readEnv, type Env } from "@/lib/env";

/** The sender's display name: the notice is issued by the center (notice header). */
export const SENDER_NAME = "四川省职业技能鉴定指导中心";

export interface SmtpConfig {
  transport: SMTPPool.Options;
  from: string;
  /** Strings that must never reach lastError or a log line. */
  secrets: string[];
}

/**
 * How to reach the mail server, or null for "no-smtp". Nodemailer's own URL reading is kept, so
 * its documented query options (`?requireTLS=true`, `?tls.rejectUnauthorized=false`) work.
 * One pooled connection per drain, and timeouts far below the claim's lease (ADR 045), so a
 * silent server cannot keep a claimed row past its lease.
 */
export function smtpConfig(env: Pick<Env, "SMTP_URL" | "SMTP_FROM"> = readEnv()): SmtpConfig | null {
  if (!env.SMTP_URL) return null;
  const parsed = parseConnectionUrl(env.SMTP_URL);
  // The URL form only ever yields user and pass (never OAuth2).
  const auth: { user?: string; pass?: string } = { ...parsed.auth };
  return {
    transport: {
      ...parsed,
      pool: true,
      maxConnections: 1,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    from: env.SMTP_FROM ?? defaultFrom(auth.user),
    secrets: [env.SMTP_URL, auth.pass, auth.pass && encodeURIComponent(auth.pass)].filter(
      (s): s is string => typeof s === "string" && s.length >= 3,
    ),
  };
}

/**
 * Many mail services (QQ, 163, Aliyun) refuse a From other than the account that logged in, so
 * an account that is an address is the sender; otherwise a no-reply placeholder that an
 * operator replaces with SMTP_FROM.
 */
function defaultFrom(user: string | undefined): string {
  const address = user && /^[^@\s]+@[^@\s]+$/.test(user) ? user : "noreply@localhost";
  return `${SENDER_NAME} <${address}>`;
}

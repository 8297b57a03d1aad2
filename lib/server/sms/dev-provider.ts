import "server-only";
import type { Db, Tx } from "@/lib/db";
import { renderSms, type SmsParams, type SmsTemplate } from "./templates";

/**
 * The development provider (ADR 056): nothing leaves the machine. The message goes to the log
 * and to SmsMessage, which staff read at /staff/security/sms (demos, tests, e2e).
 */
export async function sendDevSms<T extends SmsTemplate>(
  db: Db | Tx,
  to: string,
  template: T,
  params: SmsParams[T],
  at: Date,
): Promise<{ providerId: string }> {
  const text = renderSms(template, params);
  const row = await db.smsMessage.create({
    data: { to, template, params: params, text, createdAt: at },
    select: { id: true },
  });
  console.info(`[sms:dev] to ${to.slice(0, 3)}****${to.slice(-4)}: ${template} (${row.id})`);
  return { providerId: row.id };
}

import "server-only";
import { createTransport } from "nodemailer";
import type { SentMessageInfo } from "nodemailer/lib/smtp-pool";
import { deliveryErrorCode, describeDeliveryError, stopsTheDrain } from "./delivery-policy";
import { claimNextEmail, markEmailFailed, markEmailSent } from "./outbox-claims";
import type { SmtpConfig } from "./smtp-config";

/**
 * Sends up to `limit` due emails over one pooled connection, claiming each just before it is
 * sent (outbox-claims.ts). A row is marked sent only after the server accepted it, so a drain
 * that dies in between leaves it to be sent again once its lease ends: at least once (ADR 045).
 */
export async function sendDueEmails(config: SmtpConfig, limit: number): Promise<{ sent: number; failed: number }> {
  const transport = createTransport(config.transport);
  let sent = 0;
  let failed = 0;
  let failureCode = "";
  try {
    for (let i = 0; i < limit; i++) {
      const email = await claimNextEmail();
      if (!email) break;
      let info: SentMessageInfo;
      try {
        info = await transport.sendMail({
          from: config.from,
          to: email.to,
          subject: email.subject,
          text: email.body,
          // The row's id: a copy sent again after a crash carries the same Message-ID, which
          // lets a mail client recognise it, and a bounce can be traced to its row.
          messageId: `<${email.id}@${senderDomain(config.from)}>`,
          // RFC 3834: out-of-office replies and the like must not answer a robot.
          headers: { "Auto-Submitted": "auto-generated" },
        });
      } catch (error) {
        failed++;
        failureCode = deliveryErrorCode(error);
        await markEmailFailed(email, describeDeliveryError(error, config.secrets));
        if (stopsTheDrain(error)) break;
        continue;
      }
      await markEmailSent(email.id, refusedNote(info.rejected));
      sent++;
    }
  } finally {
    transport.close();
  }
  // Addresses are personal data and stay out of the log; the outbox page shows them to staff.
  if (failed > 0) console.warn(`[outbox] ${failed} email(s) not sent (${failureCode}); see /staff/exam/outbox`);
  return { sent, failed };
}

function refusedNote(rejected: SentMessageInfo["rejected"]): string | null {
  if (rejected.length === 0) return null;
  return `EENVELOPE: refused ${rejected.join(", ")}`.slice(0, 300);
}

function senderDomain(from: string): string {
  return /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
}

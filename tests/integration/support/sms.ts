import { db } from "@/lib/db";

/** The newest code the development SMS provider "sent" to this number (what the staff page shows). */
export async function lastCodeSentTo(mobile: string): Promise<string | null> {
  const row = await db.smsMessage.findFirst({
    where: { to: mobile, template: "otp" },
    orderBy: { createdAt: "desc" },
    select: { params: true },
  });
  return (row?.params as { code?: string } | undefined)?.code ?? null;
}

let nextMobile = 0;

/** A mobile number not used by another test in this run (the per-number SMS limit is real). */
export function uniqueMobile(): string {
  const n = (Date.now() % 1_000_000) * 100 + (nextMobile++ % 100);
  return `139${String(n).padStart(8, "0").slice(-8)}`;
}

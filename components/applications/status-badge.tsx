import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<ApplicationStatus, "neutral" | "info" | "success" | "warning" | "danger"> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  RETURNED: "warning",
  APPROVED: "success",
  REJECTED: "danger",
  LAPSED: "danger",
  PAYMENT_SUBMITTED: "info",
  PAYMENT_CONFIRMED: "success",
  FORFEITED: "danger",
  CANCELLED: "danger",
};

const RESULT_TONES = { passed: "success", failed: "danger", absent: "warning" } as const;

/** After the result notice, `result` (lib/domain/what-now resultBadge) replaces 「确认收费」 (issue 16). */
export async function StatusBadge({
  status,
  result = null,
}: {
  status: ApplicationStatus;
  result?: "passed" | "failed" | "absent" | null;
}) {
  if (result) {
    const tw = await getTranslations("whatNow.badge");
    return <Badge tone={RESULT_TONES[result]}>{tw(result)}</Badge>;
  }
  const t = await getTranslations("status");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}

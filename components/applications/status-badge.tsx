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

export async function StatusBadge({ status }: { status: ApplicationStatus }) {
  const t = await getTranslations("status");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}

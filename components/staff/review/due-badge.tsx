import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

/** Working days to the 10-working-day deadline (四(一)3): red when overdue, amber on the day. */
export async function DueBadge({ days }: { days: number | null }) {
  if (days === null) return null;
  const t = await getTranslations("staffReview");
  if (days < 0) return <Badge tone="danger">{t("overdue", { n: -days })}</Badge>;
  if (days === 0) return <Badge tone="warning">{t("dueToday")}</Badge>;
  return <Badge tone={days <= 2 ? "warning" : "neutral"}>{t("daysLeft", { n: days })}</Badge>;
}

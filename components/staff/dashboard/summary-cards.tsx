import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { cn } from "@/lib/cn";
import type { DashboardDto } from "@/lib/server/dashboard/get-dashboard";

/**
 * What is late or waiting: overdue reviews still decidable (四(一)3), undecided applications in
 * their last review days (ADR 064), receipts waiting for finance (五). 「去处理」 only where the
 * role may open the list (issue 16 item 10).
 */
export async function SummaryCards({ data }: { data: DashboardDto }) {
  const t = await getTranslations("staffExam.dashboard");
  const tw = await getTranslations("windowRules.dashboard");
  const cards = [
    {
      key: "overdue",
      value: data.overdueReviews.count,
      label: t("overdue"),
      hint: data.overdueReviews.oldestDue ? t("oldestDue", { date: data.overdueReviews.oldestDue }) : t("noneOverdue"),
      alarm: data.overdueReviews.count > 0,
      href: data.links.review ? "/staff/review" : null,
    },
    {
      key: "escalations",
      value: data.escalations.count,
      label: tw("escalations"),
      hint: data.escalations.graceEnd ? tw("escalationsHint", { date: data.escalations.graceEnd }) : tw("noEscalations"),
      alarm: data.escalations.count > 0,
      href: data.links.review ? "/staff/review" : null,
    },
    {
      key: "receipts",
      value: data.pendingReceipts,
      label: t("pendingReceipts"),
      hint: t("pendingReceiptsHint"),
      alarm: false,
      href: data.links.payments ? "/staff/payments" : null,
    },
    {
      key: "awaiting",
      value: data.awaitingConfirmation,
      label: t("awaitingConfirmation"),
      hint: t("awaitingConfirmationHint"),
      alarm: false,
      href: data.links.payments ? "/staff/payments" : null,
    },
  ];
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {cards.map((c) => (
        <li key={c.key}>
          <Card className={cn("h-full", c.alarm && "border-red-300 bg-red-50")}>
            <p className="text-sm text-slate-700">{c.label}</p>
            <p className={cn("text-3xl font-bold tabular-nums", c.alarm && "text-red-800")}>{c.value}</p>
            <p className="text-sm text-slate-600">{c.hint}</p>
            {c.href ? (
              <Link href={c.href} className="text-sm text-brand-700 underline underline-offset-4">
                {t("open")}
              </Link>
            ) : null}
          </Card>
        </li>
      ))}
    </ul>
  );
}

import { getTranslations } from "next-intl/server";
import type { NextDeadline } from "@/lib/domain/next-deadline";
import type { IsoDate } from "@/lib/domain/types";
import { daysBetween } from "@/lib/format";

export async function Countdown({ deadline, today }: { deadline: NextDeadline; today: IsoDate }) {
  const [t, td] = await Promise.all([getTranslations("applications"), getTranslations("deadline")]);
  return (
    <p className="mt-1 text-sm font-medium text-amber-900">
      {t("countdown", { label: td(deadline.kind), date: deadline.date, days: daysBetween(today, deadline.date) })}
    </p>
  );
}

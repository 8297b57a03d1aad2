import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Deadline } from "@/lib/domain/calendar";

export async function UpcomingDates({ items }: { items: Deadline[] }) {
  const [t, tp, tc] = await Promise.all([getTranslations("home"), getTranslations("phases"), getTranslations("common")]);
  return (
    <Card aria-labelledby="upcoming">
      <h2 id="upcoming" className="text-xl font-semibold">
        {t("nextDeadlines")}
      </h2>
      <ul className="mt-2 divide-y divide-slate-100">
        {items.map((item) => (
          <li key={`${item.batch.year}-${item.batch.seq}-${item.phase}-${item.kind}`} className="py-2">
            {item.phase === "exam"
              ? `${item.date}　${tc("batchLabel", { year: item.batch.year, seq: item.batch.seq })} ${t("examOn")}`
              : t("deadlineItem", {
                  date: item.date,
                  batch: tc("batchLabel", { year: item.batch.year, seq: item.batch.seq }),
                  phase: tp(item.phase),
                  kind: item.kind === "start" ? t("starts") : t("ends"),
                })}
          </li>
        ))}
      </ul>
    </Card>
  );
}

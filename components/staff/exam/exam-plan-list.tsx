import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getPathname, Link } from "@/i18n/navigation";
import type { ExamPlanDto } from "@/lib/server/exam/list-exam-plans";

/** Held plans by exam day, each with its rooms' sign-in sheets (签到册). */
export async function ExamPlanList({ plans, locale }: { plans: ExamPlanDto[]; locale: string }) {
  const [t, tc] = await Promise.all([getTranslations("staffExam.exam"), getTranslations("common")]);
  if (plans.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {plans.map((p) => (
        <li key={p.id}>
          <Card className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">
              <Link href={`/staff/plans/${p.id}`} className="text-brand-700 underline underline-offset-4">
                {p.project.seq}. {p.project.name}
              </Link>
              <span className="ml-2 text-sm font-normal text-slate-600">
                {tc("batchLabel", { year: p.batch.year, seq: p.batch.seq })} · {t("examOn", { date: p.batch.examDate })}
              </span>
            </h2>
            <p className="text-sm">{t("counts", { ticketed: p.ticketed, checkedIn: p.checkedIn })}</p>
            {p.unseated > 0 ? <p className="text-sm font-medium text-amber-900">{t("unseated", { count: p.unseated })}</p> : null}
            {p.rooms.length > 0 ? (
              <ul className="flex flex-wrap gap-2">
                {p.rooms.map((r) => (
                  <li key={r.id}>
                    <a
                      href={getPathname({
                        href: { pathname: "/staff/exam/sign-in-sheet", query: { plan: p.id, room: r.id } },
                        locale,
                      })}
                      className="inline-block rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
                      download
                    >
                      {t("sheet", { room: r.label, count: r.count })}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
        </li>
      ))}
    </ul>
  );
}

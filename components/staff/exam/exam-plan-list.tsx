import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getPathname, Link } from "@/i18n/navigation";
import type { ExamPlanDto } from "@/lib/server/exam/list-exam-plans";
import { groupExamDays } from "./exam-days";
import { projectName } from "@/lib/domain/catalog/names";

/**
 * Held plans by exam day. The sign-in sheets (签到册) are per room for the whole day, since a
 * room holds several projects and the invigilator needs one list at the door (ADR 048).
 */
export async function ExamPlanList({ plans, locale }: { plans: ExamPlanDto[]; locale: string }) {
  const [t, tc] = await Promise.all([getTranslations("staffExam.exam"), getTranslations("common")]);
  if (plans.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {groupExamDays(plans).map((day) => {
        const label = tc("batchLabel", { year: day.batch.year, seq: day.batch.seq });
        return (
          <li key={day.batch.id}>
            <Card aria-label={label} className="flex flex-col gap-3">
              <h2 className="text-lg font-semibold">
                {label}
                <span className="ml-2 text-sm font-normal text-slate-600">{t("examOn", { date: day.batch.examDate })}</span>
              </h2>
              <section aria-label={t("roomSheets")} className="flex flex-col gap-2">
                <h3 className="font-medium">{t("roomSheets")}</h3>
                {day.rooms.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("noRoomSheets")}</p>
                ) : (
                  <ul className="flex flex-wrap gap-2">
                    {day.rooms.map((r) => (
                      <li key={r.id}>
                        <a
                          href={getPathname({
                            href: { pathname: "/staff/exam/sign-in-sheet", query: { batch: day.batch.id, room: r.id } },
                            locale,
                          })}
                          className="inline-block rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
                          download
                        >
                          {t("sheet", { room: r.label, count: r.count, projects: r.projects })}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <ul className="flex flex-col gap-2">
                {day.plans.map((p) => (
                  <li key={p.id} className="border-t border-slate-100 pt-2">
                    <Link href={`/staff/plans/${p.id}`} className="font-medium text-brand-700 underline underline-offset-4">
                      {p.project.seq}. {projectName(p.project.name, locale)}
                    </Link>
                    <p className="text-sm">{t("counts", { ticketed: p.ticketed, checkedIn: p.checkedIn })}</p>
                    {p.unseated > 0 ? (
                      <p className="text-sm font-medium text-amber-900">{t("unseated", { count: p.unseated })}</p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}

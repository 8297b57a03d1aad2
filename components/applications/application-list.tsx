import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import type { IsoDate } from "@/lib/domain/types";
import type { ApplicationSummaryDto } from "@/lib/server/applications/list-my-applications";
import { Countdown } from "./countdown";
import { StatusBadge } from "./status-badge";
import { projectName } from "@/lib/domain/catalog/names";

export async function ApplicationList({ applications, today }: { applications: ApplicationSummaryDto[]; today: IsoDate }) {
  const locale = await getLocale();
  const [t, tc] = await Promise.all([getTranslations("applications"), getTranslations("common")]);
  if (applications.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {applications.map((a) => (
        <li key={a.id}>
          <Card
            aria-label={t("batchProject", { batch: tc("batchLabel", a.batch), project: projectName(a.project.name, locale) })}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-semibold">
                {t("batchProject", { batch: tc("batchLabel", a.batch), project: projectName(a.project.name, locale) })}
              </h3>
              <StatusBadge status={a.status} />
            </div>
            {a.nextDeadline ? <Countdown deadline={a.nextDeadline} today={today} /> : null}
            <Link href={`/me/applications/${a.id}`} className="mt-2 inline-block text-brand-700 underline underline-offset-4">
              {t("open")}
            </Link>
          </Card>
        </li>
      ))}
    </ul>
  );
}

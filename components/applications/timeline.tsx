import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatBeijing } from "@/lib/format";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";

export async function Timeline({ events }: { events: ApplicationDetailDto["timeline"] }) {
  const [t, ts] = await Promise.all([getTranslations("applications"), getTranslations("status")]);
  return (
    <Card aria-labelledby="timeline">
      <h2 id="timeline" className="text-lg font-semibold">
        {t("timeline")}
      </h2>
      <ol className="mt-2 border-l-2 border-brand-100 pl-4">
        {events.map((e) => (
          <li key={`${e.at}-${e.toStatus}`} className="mb-3">
            <p className="text-sm text-slate-600">{formatBeijing(new Date(e.at))}</p>
            <p className="font-medium">{ts(e.toStatus)}</p>
            {e.note ? <p className="text-sm text-slate-700">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

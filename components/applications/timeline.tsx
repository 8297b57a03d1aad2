import { getLocale, getTranslations } from "next-intl/server";
import { StoredText } from "@/components/i18n/stored-text";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/i18n/format";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";

export async function Timeline({ events }: { events: ApplicationDetailDto["timeline"] }) {
  const [t, ts, root, locale] = await Promise.all([
    getTranslations("applications"),
    getTranslations("status"),
    getTranslations(),
    getLocale(),
  ]);
  return (
    <Card aria-labelledby="timeline">
      <h2 id="timeline" className="text-lg font-semibold">
        {t("timeline")}
      </h2>
      <ol className="mt-2 border-l-2 border-brand-100 pl-4">
        {events.map((e) => (
          <li key={`${e.at}-${e.toStatus}`} className="mb-3">
            <p className="text-sm text-slate-600">{formatDateTime(e.at, locale)}</p>
            <p className="font-medium">{ts(e.toStatus)}</p>
            <StoredText
              t={root}
              locale={locale}
              messageKey={e.noteKey}
              params={e.noteParams}
              fallback={e.note}
              className="text-sm text-slate-700"
            />
          </li>
        ))}
      </ol>
    </Card>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { isClockPinned, now } from "@/lib/clock";
import { formatDateTime } from "@/lib/i18n/format";

/** Staff and testers must never mistake a demo clock for the real date. */
export async function DemoClockBanner() {
  if (!isClockPinned()) return null;
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  return (
    <div role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950">
      {t("demoClock", { time: formatDateTime(now(), locale) })}
    </div>
  );
}

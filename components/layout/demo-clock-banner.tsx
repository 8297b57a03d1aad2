import { getTranslations } from "next-intl/server";
import { isClockPinned, now } from "@/lib/clock";
import { formatBeijing } from "@/lib/format";

/** Staff and testers must never mistake a demo clock for the real date. */
export async function DemoClockBanner() {
  if (!isClockPinned()) return null;
  const t = await getTranslations("common");
  return (
    <div role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950">
      {t("demoClock", { time: formatBeijing(now()) })}
    </div>
  );
}

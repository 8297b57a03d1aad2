import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";

/**
 * The live indicator of 四 "报名人数不足10人时，原则上不予组织考核": paid candidates against
 * the minimum, with the approved ones who could still pay as a lighter part of the bar.
 */
export async function MinimumMeter({ paid, approved, minimum }: { paid: number; approved: number; minimum: number }) {
  const t = await getTranslations("staffExam.plans");
  const ok = paid >= minimum;
  const pct = (n: number) => `${Math.min(100, (n / minimum) * 100)}%`;
  return (
    <div className="flex min-w-36 flex-col gap-1">
      <div className="relative h-2.5 rounded bg-slate-200" aria-hidden="true">
        <span className="absolute inset-y-0 left-0 rounded bg-amber-300" style={{ width: pct(approved) }} />
        <span
          className={cn("absolute inset-y-0 left-0 rounded", ok ? "bg-green-600" : "bg-red-600")}
          style={{ width: pct(paid) }}
        />
      </div>
      <span className={cn("text-sm font-medium", ok ? "text-green-800" : "text-red-800")}>
        {ok ? t("meterOk", { paid, minimum }) : t("meterShort", { paid, minimum, missing: minimum - paid })}
      </span>
    </div>
  );
}

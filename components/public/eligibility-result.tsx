"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { EligibilityDto } from "@/lib/server/eligibility/check-eligibility";

const TONE = { eligible: "success", "needs-evidence": "warning", ineligible: "danger" } as const;

export function EligibilityResult({ result }: { result: EligibilityDto }) {
  const t = useTranslations("eligibility");
  return (
    <Card aria-labelledby="eligibility-result">
      <h2 id="eligibility-result" className="text-lg font-semibold">
        {t("result")}：{result.project.name}
      </h2>
      <p className="mt-2">
        <Badge tone={TONE[result.result]} className="text-base">
          {t(result.result)}
        </Badge>
      </p>
      <ul className="mt-2 list-disc pl-5">
        {result.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {result.conditions.length > 1 ? (
        <>
          <h3 className="mt-4 font-medium">{t("perCondition")}</h3>
          <ul className="mt-1 space-y-2">
            {result.conditions.map((c) => (
              <li key={c.code} className="rounded bg-slate-50 p-2">
                <p className="text-sm">{c.text}</p>
                <Badge tone={TONE[c.result]}>{t(c.result)}</Badge>
                {c.reasons.length > 0 ? <p className="mt-1 text-sm text-slate-700">{c.reasons.join(" ")}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { FailedState } from "@/components/account/text-field";
import { MarkedFailure } from "@/components/i18n/marked-failure";
import { toFailure } from "@/lib/action-result";
import { Link } from "@/i18n/navigation";
import { FIX_LABEL, stepsToFix } from "./fix-steps";

/** The eligibility reasons of a refusal (the notice's own sentences, ADR 131; Chinese values marked, ADR 123) and links to the steps that fix it. */
export function FixLinks({
  applicationId,
  failed,
  current,
}: {
  applicationId: string;
  failed: FailedState;
  current: string | null;
}) {
  const t = useTranslations("earlyEligibility");
  const root = useTranslations();
  const reasons = failed?.fieldErrors.eligibility ?? [];
  const steps = stepsToFix(failed, current);
  if (reasons.length === 0 && steps.length === 0) return null;
  return (
    <div data-testid="fix-links" className="flex flex-col gap-1">
      {reasons.length > 0 ? (
        <ul className="list-disc pl-5">
          {reasons.map((r, i) => (
            <li key={i}>
              <MarkedFailure t={root} failure={toFailure(r)} />
            </li>
          ))}
        </ul>
      ) : null}
      {steps.length > 0 ? (
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          {steps.map((s) => (
            <Link key={s} href={`/me/applications/${applicationId}/edit/${s}`} className="underline underline-offset-4">
              {t(FIX_LABEL[s])}
            </Link>
          ))}
        </p>
      ) : null}
    </div>
  );
}

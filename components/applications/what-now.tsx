import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { Verdict } from "@/lib/domain/window-rules";

/** A refusal from the rule table, said to the person: what is not possible, why, and from when. */
export async function WhatNow({ verdict }: { verdict: Verdict | undefined }) {
  if (!verdict || verdict.allowed) return null;
  const t = await getTranslations("windowRules");
  return (
    <Alert tone="info">
      <p data-testid="what-now">{t(verdict.reason.key, verdict.reason.params)}</p>
    </Alert>
  );
}

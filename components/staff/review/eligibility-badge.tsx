import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const TONES = { eligible: "success", "needs-evidence": "warning", ineligible: "danger", unknown: "neutral" } as const;

export async function EligibilityBadge({ result }: { result: keyof typeof TONES | null }) {
  const t = await getTranslations("staffReview.eligibility");
  const key = result ?? "unknown";
  return <Badge tone={TONES[key]}>{t(key)}</Badge>;
}

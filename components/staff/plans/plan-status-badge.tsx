import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PlanStatus } from "@/lib/generated/prisma/enums";

const TONES = { OPEN: "info", HELD: "success", CANCELLED: "danger" } as const;

export async function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = await getTranslations("staffExam.plans.status");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}

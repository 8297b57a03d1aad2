import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { StaffRole } from "@/lib/generated/prisma/enums";

/**
 * The one "forbidden" of the portal (ADR 137): what a page shows a signed-in user without its
 * role (`staffPage` returned null). The layout shows only their sections; a typed address lands here.
 */
export async function Forbidden({ role }: { role?: StaffRole }) {
  const [t, tr] = await Promise.all([getTranslations("pageGuard"), getTranslations("staffAdmin.users.role")]);
  return <Alert tone="error">{role ? t("forbiddenRole", { role: tr(role) }) : t("forbidden")}</Alert>;
}

import type { ReactNode } from "react";
import { isKnownKey } from "@/lib/i18n/message-key";
import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/layout/section-nav";

const SECTIONS = [
  { href: "/staff/admin", key: "calendar" },
  { href: "/staff/admin/holidays", key: "holidays" },
  { href: "/staff/admin/fees", key: "fees" },
  { href: "/staff/admin/payee", key: "payee" },
  { href: "/staff/admin/institutions", key: "institutions" },
  { href: "/staff/admin/institution-applications", key: "institutionApply.staff.nav" },
  { href: "/staff/admin/users", key: "users" },
  { href: "/staff/admin/return-reasons", key: "staffWork.reasons.nav" },
] as const;

/** Navigation only: every page and action checks the ADMIN role itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("staffAdmin.nav");
  // Sections added after staffAdmin.nav name their label by full key (their own message namespace).
  const tAll = await getTranslations();
  return (
    <div className="flex flex-col gap-4">
      <SectionNav
        label={t("label")}
        links={SECTIONS.map((s) => ({
          href: s.href,
          label: isKnownKey(t, s.key) ? t(s.key) : isKnownKey(tAll, s.key) ? tAll(s.key) : s.key,
        }))}
        look="pills"
      />
      {children}
    </div>
  );
}

import type { ReactNode } from "react";
import type { NamespaceKey } from "@/lib/i18n/message-key";
import { ClientMessages } from "@/components/layout/client-messages";
import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/layout/section-nav";
import { currentActor } from "@/lib/server/auth/session";
import { redirect } from "@/i18n/navigation";
import { getLocale } from "next-intl/server";
import type { StaffRole } from "@/lib/generated/prisma/enums";

/** Sections of the center's console and the role each needs (issue 5). Each page and action checks again. */
export const STAFF_SECTIONS: { href: string; key: NamespaceKey<"staff.nav">; role: StaffRole | null }[] = [
  { href: "/staff", key: "dashboard", role: null },
  { href: "/staff/review", key: "review", role: "REVIEWER" },
  { href: "/staff/corrections", key: "corrections", role: "REVIEWER" },
  { href: "/staff/payments", key: "payments", role: "FINANCE" },
  { href: "/staff/plans", key: "plans", role: "EXAM_OFFICER" },
  { href: "/staff/exam", key: "exam", role: "EXAM_OFFICER" },
  { href: "/staff/results", key: "results", role: "EXAM_OFFICER" },
  { href: "/staff/admin", key: "admin", role: "ADMIN" },
  { href: "/staff/audit", key: "audit", role: "AUDITOR" },
  { href: "/staff/security/appeals", key: "appeals", role: "ADMIN" },
  { href: "/staff/security/sms", key: "sms", role: "ADMIN" },
  { href: "/staff/security", key: "security", role: null },
];

/** Navigation only: a layout is no security boundary (style.md "Avoid"). */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  const locale = await getLocale();
  if (!actor || actor.kind !== "STAFF") return redirect({ href: { pathname: "/login", query: { next: "/staff" } }, locale });
  const t = await getTranslations("staff.nav");
  const visible = STAFF_SECTIONS.filter((s) => s.role === null || actor.roles.includes(s.role));
  return (
    <ClientMessages>
      <div className="flex flex-col gap-4">
        <SectionNav label={t("label")} links={visible.map((s) => ({ href: s.href, label: t(s.key) }))} look="tabs" />
        {children}
      </div>
    </ClientMessages>
  );
}

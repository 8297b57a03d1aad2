import type { ReactNode } from "react";
import { isKnownKey } from "@/lib/i18n/message-key";
import { logoutAction } from "@/app/[locale]/login/logout-action";
import { LogoutButton } from "@/components/auth/logout-button";
import { ClientMessages } from "@/components/layout/client-messages";
import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/layout/section-nav";
import { currentActor } from "@/lib/server/auth/session";
import { redirect } from "@/i18n/navigation";
import { getLocale } from "next-intl/server";
import type { StaffRole } from "@/lib/generated/prisma/enums";

/** Sections of the center's console and the role each needs (issue 5). Each page and action checks again. */
export const STAFF_SECTIONS: { href: string; key: string; role: StaffRole | null }[] = [
  { href: "/staff", key: "dashboard", role: null },
  { href: "/staff/review", key: "review", role: "REVIEWER" },
  { href: "/staff/corrections", key: "corrections", role: "REVIEWER" },
  { href: "/staff/paperwork", key: "paperwork.nav.staff", role: "REVIEWER" },
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
  // Sections added after staff.nav name their label by full key (their own message namespace).
  const tAll = await getTranslations();
  const visible = STAFF_SECTIONS.filter((s) => s.role === null || actor.roles.includes(s.role));
  return (
    <ClientMessages>
      <div className="flex flex-col gap-4">
        {/* Every staff page can end its session (issue 17 item 7); the logout bumps the session version. */}
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0 flex-1">
            <SectionNav
              label={t("label")}
              links={visible.map((s) => ({
                href: s.href,
                label: isKnownKey(t, s.key) ? t(s.key) : isKnownKey(tAll, s.key) ? tAll(s.key) : s.key,
              }))}
              look="tabs"
            />
          </div>
          <LogoutButton action={logoutAction} />
        </div>
        {children}
      </div>
    </ClientMessages>
  );
}

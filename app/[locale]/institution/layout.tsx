import type { ReactNode } from "react";
import { logoutAction } from "@/app/[locale]/login/logout-action";
import { LogoutButton } from "@/components/auth/logout-button";
import { ClientMessages } from "@/components/layout/client-messages";
import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/layout/section-nav";
import { institutionPage } from "@/lib/server/auth/page-guards";

/** The institution's sections (issue 4). Navigation only: a layout is no security boundary (style.md "Avoid"). */
const SECTIONS = [
  ["/institution", "home"],
  ["/institution/roster", "roster"],
  ["/institution/attachments", "attachments"],
  ["/institution/candidates", "candidates"],
  ["/institution/documents", "documents"],
  ["/institution/payments", "payments"],
  ["/institution/tickets", "tickets"],
  ["/institution/results", "results"],
] as const;

export default async function InstitutionLayout({ children }: { children: ReactNode }) {
  await institutionPage("/institution");
  const t = await getTranslations("institution.nav");
  return (
    <ClientMessages>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0 flex-1">
            <SectionNav label={t("label")} links={SECTIONS.map(([href, key]) => ({ href, label: t(key) }))} look="tabs" />
          </div>
          <LogoutButton action={logoutAction} />
        </div>
        {children}
      </div>
    </ClientMessages>
  );
}

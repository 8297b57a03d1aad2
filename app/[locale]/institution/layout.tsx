import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { institutionActorOrRedirect } from "./guard";

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
  const locale = await getLocale();
  await institutionActorOrRedirect(locale, "/institution");
  const t = await getTranslations("institution.nav");
  return (
    <ClientMessages>
      <div className="flex flex-col gap-4">
        <nav aria-label={t("label")} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <ul className="flex gap-1 p-1 whitespace-nowrap">
            {SECTIONS.map(([href, key]) => (
              <li key={href}>
                <Link href={href} className="block rounded px-3 py-2 hover:bg-brand-50">
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {children}
      </div>
    </ClientMessages>
  );
}

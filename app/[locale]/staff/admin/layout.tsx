import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const SECTIONS = [
  { href: "/staff/admin", key: "calendar" },
  { href: "/staff/admin/holidays", key: "holidays" },
  { href: "/staff/admin/fees", key: "fees" },
  { href: "/staff/admin/payee", key: "payee" },
  { href: "/staff/admin/institutions", key: "institutions" },
  { href: "/staff/admin/users", key: "users" },
] as const;

/** Navigation only: every page and action checks the ADMIN role itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("staffAdmin.nav");
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("label")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {SECTIONS.map((s) => (
            <li key={s.href}>
              <Link href={s.href} className="block rounded-full border border-slate-300 bg-white px-3 py-1 hover:bg-brand-50">
                {t(s.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}

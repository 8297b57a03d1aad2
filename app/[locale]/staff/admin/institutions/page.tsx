import { getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { listAdminInstitutions } from "@/lib/server/admin/manage-institutions";
import { listSeparator } from "@/lib/i18n/format";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

/** 附件2: every institution, with its authorized projects and accounts. */
export default async function InstitutionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staffAdmin.institutions");
  const actor = await staffPage("ADMIN", "/staff/admin/institutions");
  if (!actor) return <Forbidden role="ADMIN" />;
  const institutions = await listAdminInstitutions(actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <Link href="/staff/admin/institutions/new" className={buttonVariants({ className: "self-start" })}>
        {t("new")}
      </Link>
      <ul className="flex flex-col gap-2">
        {institutions.map((i) => (
          <li key={i.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <Link href={`/staff/admin/institutions/${i.id}`} className="font-medium text-brand-700 underline underline-offset-4">
              {i.seq}. {i.name}
            </Link>
            {!i.active ? (
              <Badge tone="danger" className="ml-2">
                {t("inactive")}
              </Badge>
            ) : null}
            <p className="text-sm text-slate-600">
              {t("projects")}：{i.projects.join(listSeparator(locale)) || "—"} · {t("users")}：{i.users.length}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

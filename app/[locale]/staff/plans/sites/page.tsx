import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteForm } from "@/app/[locale]/staff/plans/sites/_components/site-form";
import { SiteList } from "@/app/[locale]/staff/plans/sites/_components/site-list";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { listSites } from "@/lib/server/exam/list-sites";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffExam.sites");
  return { title: t("title") };
}

/** 七 考点与考场: sites, rooms and capacities the seat assignment fills. */
export default async function SitesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await staffPage("EXAM_OFFICER", "/staff/plans/sites");
  if (!actor) return <Forbidden role="EXAM_OFFICER" />;
  const [sites, t] = await Promise.all([listSites(actor), getTranslations("staffExam.sites")]);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/plans" className="text-brand-700 underline underline-offset-4">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      <Card aria-labelledby="new-site">
        <h2 id="new-site" className="mb-2 text-lg font-semibold">
          {t("newSite")}
        </h2>
        <SiteForm />
      </Card>
      <SiteList sites={sites} />
    </div>
  );
}

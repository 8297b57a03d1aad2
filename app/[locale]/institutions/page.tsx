import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedLink as Link } from "@/components/layout/localized-link";
import { Card } from "@/components/ui/card";
import { publicInstitutions } from "@/lib/server/catalog/public-catalog";
import { projectName } from "@/lib/domain/catalog/names";

// Rendered once for everyone and kept at most a minute (ADR 050); the data cache behind it is
// expired by the staff actions that change it.
export const dynamic = "force-static";
export const revalidate = 60;

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("institutions") };
}

export default async function InstitutionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("institutions");
  const ta = await getTranslations("institutionApply");
  const institutions = await publicInstitutions();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <p className="text-sm">
        <Link href="/institutions/apply" className="text-brand-700 underline underline-offset-4">
          {ta("title")}
        </Link>
      </p>
      <ul className="grid gap-3 md:grid-cols-2">
        {institutions.map((institution) => (
          <li key={institution.id}>
            <Card aria-labelledby={`inst-${institution.id}`}>
              <h2 id={`inst-${institution.id}`} className="text-lg font-semibold">
                {institution.name}
              </h2>
              <dl className="mt-2 space-y-1 text-sm">
                <div>
                  <dt className="inline font-medium">{t("address")}：</dt>
                  <dd className="inline">{institution.address}</dd>
                </div>
                <div>
                  <dt className="inline font-medium">{t("contacts")}：</dt>
                  <dd className="inline">{institution.contacts.map((c) => `${c.name} ${c.phone}`).join("；")}</dd>
                </div>
                <div>
                  <dt className="font-medium">{t("projects")}：</dt>
                  <dd>
                    <ul className="mt-1 flex flex-wrap gap-1">
                      {institution.projects.map((p) => (
                        <li key={p.seq} className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">
                          {projectName(p.name, locale)}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              </dl>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

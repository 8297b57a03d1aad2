import { getTranslations, setRequestLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { evidenceText } from "@/lib/domain/catalog/names";
import { formatMoney } from "@/lib/i18n/format";
import { publicProjects } from "@/lib/server/catalog/public-catalog";

// Rendered once for everyone and kept at most a minute (ADR 050); the data cache behind it is
// expired by the staff actions that change it.
export const dynamic = "force-static";
export const revalidate = 60;

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("projects") };
}

export default async function ProjectsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, te] = await Promise.all([getTranslations("projects"), getTranslations("education")]);
  const projects = await publicProjects();
  const en = locale === "en";
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ol className="grid gap-3 md:grid-cols-2">
        {projects.map((project) => (
          <li key={project.seq}>
            <Card aria-labelledby={`project-${project.seq}`}>
              <h2 id={`project-${project.seq}`} className="text-lg font-semibold">
                {project.seq}. {en ? project.nameEn : project.name}
                {/* The official Chinese name beside its translation, marked so (ADR 123). */}
                {en ? (
                  <span lang="zh-CN" className="block text-base font-normal text-slate-600">
                    {project.name}
                  </span>
                ) : null}
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {project.feeFen > 0 ? t("fee", { fee: formatMoney(project.feeFen, locale) }) : t("feeUnset")}
              </p>
              <h3 className="mt-2 text-sm font-medium text-slate-700">{t("conditions")}</h3>
              <ul className="mt-1 space-y-2">
                {project.conditions.map((condition) => (
                  <li key={condition.code} className="rounded bg-slate-50 p-2">
                    <p>{en ? condition.textEn : condition.text}</p>
                    <div className="mt-1 flex flex-wrap gap-2">
                      {condition.minEducation ? (
                        <Badge tone="info">{t("minEducation", { level: te(condition.minEducation) })}</Badge>
                      ) : null}
                      {condition.needsEvidence ? <Badge tone="warning">{t("needsEvidence")}</Badge> : null}
                    </div>
                    {condition.evidence ? (
                      <p className="mt-1 text-sm text-slate-700">
                        {t("evidence", { evidence: evidenceText(condition.evidence, locale) })}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}

import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificateTable } from "@/app/[locale]/staff/results/[planId]/_components/certificate-table";
import { InstitutionCollectionForm } from "@/app/[locale]/staff/results/[planId]/_components/institution-collection-form";
import { IssueCertificatesButton } from "@/app/[locale]/staff/results/[planId]/_components/issue-certificates-button";
import { ScoreTable } from "@/app/[locale]/staff/results/[planId]/_components/score-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getPathname, Link } from "@/i18n/navigation";
import { AppError } from "@/lib/app-error";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listPlanCertificates } from "@/lib/server/certificates/list-certificates";
import { listPlanResults } from "@/lib/server/results/list-plan-results";
import { projectName } from "@/lib/domain/catalog/names";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

/** 八 九 for one plan: results and their corrections, the certificates, their downloads, and the paper collections. */
export default async function PlanCertificatesPage({ params }: { params: Promise<{ locale: string; planId: string }> }) {
  const { locale, planId } = await params;
  setRequestLocale(locale);
  const actor = await staffPage("EXAM_OFFICER", `/staff/results/${planId}`);
  if (!actor) return <Forbidden role="EXAM_OFFICER" />;
  const [data, results] = await Promise.all([listPlanCertificates(actor, planId), listPlanResults(actor, planId)]).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const [t, tr] = await Promise.all([getTranslations("staffExam.certificates"), getTranslations("staffExam.correction")]);
  const tc = await getTranslations("common");
  const readyFrom = data.certificateReadyFrom;
  const ready = todayInBeijing() >= readyFrom;
  const institutions = [
    ...new Map(data.rows.filter((r) => r.institution && !r.collectedAt).map((r) => [r.institution!.id, r.institution!])).values(),
  ];
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/results" className="text-brand-700 underline underline-offset-4">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">
        {t("title", {
          plan: locale === "en" ? `${projectName(data.project, locale)} (${tc("batchLabel", data.batch)})` : data.label,
        })}
      </h1>
      <section aria-labelledby="results" className="flex flex-col gap-2">
        <h2 id="results" className="text-xl font-semibold">
          {tr("title", { count: results.rows.length })}
        </h2>
        <p className="max-w-prose text-sm text-slate-700">{data.noticePublished ? tr("intro") : tr("introBefore")}</p>
        <ScoreTable rows={results.rows} noticePublished={results.noticePublished} />
      </section>
      <h2 className="text-xl font-semibold">{t("sectionTitle")}</h2>
      {data.noticePublished ? <IssueCertificatesButton planId={planId} /> : <Alert tone="info">{t("notPublished")}</Alert>}
      <Alert tone={ready ? "success" : "info"}>
        {ready ? t("readyNow", { date: readyFrom }) : t("readyFrom", { date: readyFrom })}
      </Alert>
      <CertificateTable rows={data.rows} locale={locale} ready={ready} />
      {institutions.map((inst) => (
        <Card key={inst.id} aria-label={inst.name} className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("institutionTitle", { name: inst.name })}</h2>
          <a
            href={getPathname({
              href: { pathname: "/staff/results/collection-form", query: { plan: planId, institution: inst.id } },
              locale,
            })}
            className="text-brand-700 underline underline-offset-4"
            download
          >
            {t("downloadForm")}
          </a>
          {ready ? (
            <InstitutionCollectionForm
              planId={planId}
              institutionId={inst.id}
              count={data.rows.filter((r) => r.institution?.id === inst.id && !r.collectedAt).length}
            />
          ) : null}
        </Card>
      ))}
    </div>
  );
}

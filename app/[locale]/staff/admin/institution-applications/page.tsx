import { getTranslations } from "next-intl/server";
import { openStaffPage } from "@/app/[locale]/staff/open-staff-page";
import { StaffPageHeader } from "@/components/staff/staff-page-header";
import { StaffFileLink } from "@/components/staff/review/staff-file";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatFileSize } from "@/lib/domain/upload-rules";
import { formatDateTime } from "@/lib/i18n/format";
import { listInstitutionApplications } from "@/lib/server/institution-applications/list-institution-applications";
import { DecisionForm } from "./_components/decision-form";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("institutionApply.staff");
  return { title: t("title") };
}

/** 四(一)1 (issue 13 item 8): organisations' applications to become a registration institution. */
export default async function InstitutionApplicationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { actor, locale } = await openStaffPage(params, "ADMIN", "/staff/admin/institution-applications");
  if (!actor) return <Forbidden role="ADMIN" />;
  const [t, tk] = await Promise.all([getTranslations("institutionApply.staff"), getTranslations("institutionApply.bodyKinds")]);
  const applications = await listInstitutionApplications(actor);
  return (
    <div className="flex flex-col gap-4">
      <StaffPageHeader title={t("title")} intro={t("intro")} />
      {applications.length === 0 ? <p role="status">{t("empty")}</p> : null}
      {applications.map((a) => (
        <Card key={a.id} aria-labelledby={`app-${a.id}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`app-${a.id}`} className="text-lg font-semibold">
              {a.organization}
            </h2>
            <Badge tone={a.status === "SUBMITTED" ? "warning" : a.status === "APPROVED" ? "success" : "neutral"}>
              {t(`status.${a.status}`)}
            </Badge>
          </div>
          <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
            <div>
              <dt className="inline font-medium">{t("reference")}：</dt>
              <dd className="inline">{a.reference}</dd>
            </div>
            <div>
              <dt className="inline font-medium">{t("creditCode")}：</dt>
              <dd className="inline font-mono">{a.creditCode}</dd>
            </div>
            <div>
              <dt className="inline font-medium">{t("bodyKind")}：</dt>
              <dd className="inline">{tk(a.bodyKind)}</dd>
            </div>
            <div>
              <dt className="inline font-medium">{t("submittedAt")}：</dt>
              <dd className="inline">{formatDateTime(a.submittedAt, locale)}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="inline font-medium">{t("address")}：</dt>
              <dd className="inline">{a.address}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="inline font-medium">{t("contact")}：</dt>
              <dd className="inline">
                {a.contactName} {a.contactMobile} {a.contactEmail ?? ""}
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="inline font-medium">{t("projects")}：</dt>
              <dd className="inline">{a.projects.map((p) => `${p.seq}. ${p.name}`).join("；")}</dd>
            </div>
          </dl>
          <div className="mt-2 text-sm">
            <p className="font-medium">{t("documents")}：</p>
            <ul className="flex flex-col gap-1">
              {a.documents.map((d) => (
                <li key={d.fileId} className="flex flex-wrap items-center gap-2">
                  {d.name}（{formatFileSize(d.size)}）
                  <StaffFileLink fileId={d.fileId} locale={locale} />
                </li>
              ))}
            </ul>
          </div>
          {a.reason ? <p className="mt-2 text-sm">{a.reason}</p> : null}
          {/* Always mounted: the page re-renders after a decision, and the form keeps the temporary password it shows once. */}
          <DecisionForm id={a.id} open={a.status === "SUBMITTED"} />
        </Card>
      ))}
    </div>
  );
}

import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppealDecisionForm } from "@/app/[locale]/staff/security/appeals/[appealId]/_components/appeal-decision-form";
import { isUuid } from "@/lib/domain/uuid";
import { formatDateTime } from "@/lib/i18n/format";
import { APPEAL_ROLE } from "@/lib/server/appeals/appeal-access";
import { getAppeal } from "@/lib/server/appeals/list-appeals";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

/** One appeal: what the person says, what is on record, the three images (each read audited), the decision. */
export default async function AppealPage({ params }: { params: Promise<{ locale: string; appealId: string }> }) {
  const { locale, appealId } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("identity.staffAppeals");
  const actor = await staffPage(APPEAL_ROLE, `/staff/security/appeals/${appealId}`);
  if (!actor) return <Forbidden />;
  if (!isUuid(appealId)) notFound();
  const appeal = await getAppeal(actor, appealId);
  if (!appeal) notFound();
  const base = locale === "zh-CN" ? "" : `/${locale}`;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("detailTitle", { name: appeal.name })}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt>{t("idNumber")}</dt>
        <dd>{appeal.idNumber}</dd>
        <dt>{t("contactMobile")}</dt>
        <dd>{appeal.contactMobileFull}</dd>
        <dt>{t("submittedAt")}</dt>
        <dd>{formatDateTime(appeal.createdAt, locale)}</dd>
        <dt>{t("status")}</dt>
        <dd>{t(`statuses.${appeal.status}`)}</dd>
        <dt>{t("onRecord")}</dt>
        <dd>
          {appeal.onRecord
            ? t("onRecordText", {
                name: appeal.onRecord.name,
                mobile: appeal.onRecord.mobile ?? "—",
                holder: appeal.onRecord.holderCreatedAt ? formatDateTime(appeal.onRecord.holderCreatedAt, locale) : t("noHolder"),
              })
            : t("noRecord")}
        </dd>
        {appeal.decisionReason ? (
          <>
            <dt>{t("reason")}</dt>
            <dd>{appeal.decisionReason}</dd>
          </>
        ) : null}
      </dl>
      <div className="grid gap-4 sm:grid-cols-3">
        {(["idFront", "idBack", "holding"] as const).map((kind) => (
          <figure key={kind} className="flex flex-col gap-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- a private, audited file, never optimised or cached */}
            <img
              src={`${base}/staff/security/appeals/${appeal.id}/files/${kind}`}
              alt={t(`files.${kind}`)}
              className="max-h-80 border border-slate-200 object-contain"
            />
            <figcaption className="text-sm">{t(`files.${kind}`)}</figcaption>
          </figure>
        ))}
      </div>
      {appeal.status === "PENDING" ? <AppealDecisionForm appealId={appeal.id} /> : null}
    </div>
  );
}

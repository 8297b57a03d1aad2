import { getTranslations } from "next-intl/server";
import { openStaffPage } from "@/app/[locale]/staff/open-staff-page";
import { StaffPageHeader } from "@/components/staff/staff-page-header";
import { CorrectionDecision } from "@/app/[locale]/staff/corrections/_components/correction-decision";
import { StaffFileLink } from "@/components/staff/review/staff-file";
import { listPendingCorrections } from "@/lib/server/rights/decide-correction";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("privacy.staff");
  return { title: t("title") };
}

/** Issue 11, PIPL art. 46: corrections of name, ID number and mobile, decided on the evidence. */
export default async function CorrectionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { actor, locale } = await openStaffPage(params, "REVIEWER", "/staff/corrections");
  if (!actor) return <Forbidden role="REVIEWER" />;
  const [t, tr] = await Promise.all([getTranslations("privacy.staff"), getTranslations("privacy.rights")]);
  const requests = await listPendingCorrections(actor);
  return (
    <div className="flex flex-col gap-4">
      <StaffPageHeader title={t("title")} intro={t("intro")} />
      {requests.length === 0 ? <p className="text-slate-600">{t("empty")}</p> : null}
      <ul className="flex flex-col gap-3">
        {requests.map((r) => (
          <li key={r.id}>
            <section
              aria-labelledby={`c-${r.id}`}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
            >
              <h2 id={`c-${r.id}`} className="font-semibold">
                {tr(`field${r.field}`)}: {r.current ?? "—"} → {r.requested}
              </h2>
              <p className="text-sm text-slate-700">
                {t("reason")}: {r.reason}
              </p>
              {r.evidenceFileId ? (
                <StaffFileLink fileId={r.evidenceFileId} locale={locale} />
              ) : (
                <p className="text-sm">{t("noEvidence")}</p>
              )}
              <CorrectionDecision id={r.id} />
            </section>
          </li>
        ))}
      </ul>
    </div>
  );
}

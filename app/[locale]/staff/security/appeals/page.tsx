import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedLink } from "@/components/layout/localized-link";
import { formatBeijing } from "@/lib/format";
import { APPEAL_ROLE } from "@/lib/server/appeals/appeal-access";
import { listAppeals } from "@/lib/server/appeals/list-appeals";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("identity.staffAppeals");
  return { title: t("title") };
}

/** 账号申诉 queue (issue 10): pending first, oldest first. */
export default async function AppealsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("identity.staffAppeals");
  const actor = await staffPage(APPEAL_ROLE, "/staff/security/appeals");
  if (!actor) return <Forbidden />;
  const rows = await listAppeals(actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col">{t("submittedAt")}</th>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("idNumber")}</th>
                <th scope="col">{t("contactMobile")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200">
                  <td>{formatBeijing(row.createdAt)}</td>
                  <td>
                    <LocalizedLink href={`/staff/security/appeals/${row.id}`} className="text-brand-700 underline">
                      {row.name}
                    </LocalizedLink>
                  </td>
                  <td>{row.idNumberMasked}</td>
                  <td>{row.contactMobile}</td>
                  <td>{t(`statuses.${row.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

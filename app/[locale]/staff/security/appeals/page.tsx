import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedLink } from "@/components/layout/localized-link";
import { formatDateTime } from "@/lib/i18n/format";
import { APPEAL_ROLE } from "@/lib/server/appeals/appeal-access";
import { listAppeals } from "@/lib/server/appeals/list-appeals";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";
import { Table, Headings, TBody, TRow, TCell } from "@/components/ui/table";

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
        <Table className="w-full min-w-[40rem] text-sm">
          <Headings
            className="text-left"
            headings={[t("submittedAt"), t("name"), t("idNumber"), t("contactMobile"), t("status")]}
          />
          <TBody>
            {rows.map((row) => (
              <TRow key={row.id} className="border-t border-slate-200">
                <TCell>{formatDateTime(row.createdAt, locale)}</TCell>
                <TCell>
                  <LocalizedLink href={`/staff/security/appeals/${row.id}`} className="text-brand-700 underline">
                    {row.name}
                  </LocalizedLink>
                </TCell>
                <TCell>{row.idNumberMasked}</TCell>
                <TCell>{row.contactMobile}</TCell>
                <TCell>{t(`statuses.${row.status}`)}</TCell>
              </TRow>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/staff/admin/admin-form";
import { formatYuan } from "@/lib/format";
import { listFees } from "@/lib/server/admin/manage-calendar-settings";
import { setFeeAction } from "../calendar-actions";
import { projectName } from "@/lib/domain/catalog/names";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

/** 五: the fee of each project (the notice defers to a price regulation), kept in fen. */
export default async function FeesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, ta] = await Promise.all([getTranslations("staffAdmin.fees"), getTranslations("staffAdmin")]);
  const actor = await staffPage("ADMIN", "/staff/admin/fees");
  if (!actor) return <Forbidden role="ADMIN" />;
  const fees = await listFees(actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ul className="flex flex-col gap-2">
        {fees.map((f) => (
          <li key={f.seq} className="rounded-lg border border-slate-200 bg-white p-3">
            <AdminForm
              action={setFeeAction}
              hidden={{ projectSeq: String(f.seq) }}
              fields={[
                {
                  name: "yuan",
                  label: `${f.seq}. ${projectName(f.name, locale)}`,
                  type: "text",
                  defaultValue: f.feeFen > 0 ? formatYuan(f.feeFen) : "",
                  hint: `${t("fee")}${f.feeFen > 0 ? "" : `（${t("unset")}）`}`,
                  required: true,
                },
              ]}
              submitLabel={ta("save")}
              successMessage={ta("saved")}
              className="sm:flex-row sm:items-end"
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/staff/admin/admin-form";
import { getPayee } from "@/lib/server/settings/payee";
import { setPayeeAction } from "../calendar-actions";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

/** 五: the payee name and account every receipt must show. */
export default async function PayeePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, ta] = await Promise.all([getTranslations("staffAdmin.payee"), getTranslations("staffAdmin")]);
  if (!(await staffPage("ADMIN", "/staff/admin/payee"))) return <Forbidden role="ADMIN" />;
  const payee = await getPayee();
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <AdminForm
        action={setPayeeAction}
        fields={[
          { name: "name", label: t("name"), type: "text", defaultValue: payee?.name ?? "", required: true },
          { name: "account", label: t("account"), type: "text", defaultValue: payee?.account ?? "", required: true },
          { name: "bank", label: t("bank"), type: "text", defaultValue: payee?.bank ?? "" },
        ]}
        submitLabel={ta("save")}
        successMessage={ta("saved")}
        className="rounded-lg border border-slate-200 bg-white p-4"
      />
    </div>
  );
}

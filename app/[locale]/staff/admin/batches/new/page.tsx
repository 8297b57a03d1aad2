import { getTranslations, setRequestLocale } from "next-intl/server";
import { batchFields } from "@/components/staff/admin/batch-fields";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { BatchForm } from "../_components/batch-form";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export default async function NewBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, ta] = await Promise.all([getTranslations("staffAdmin.calendar"), getTranslations("staffAdmin")]);
  if (!(await staffPage("ADMIN", "/staff/admin/batches/new"))) return <Forbidden role="ADMIN" />;
  const year = /^\d{4}$/.test(query.year ?? "") ? Number(query.year) : Number(todayInBeijing().slice(0, 4)) + 1;
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("newTitle", { year })}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <BatchForm
        batchId={null}
        fields={batchFields((k) => t(`fields.${k}`), year)}
        submitLabel={ta("save")}
        successMessage={ta("saved")}
      />
    </div>
  );
}

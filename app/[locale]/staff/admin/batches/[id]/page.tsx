import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { batchFields } from "@/components/staff/admin/batch-fields";
import { Link } from "@/i18n/navigation";
import { AppError } from "@/lib/app-error";
import { getAdminBatch } from "@/lib/server/admin/manage-batches";
import { BatchForm } from "../_components/batch-form";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export default async function EditBatchPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [t, ta] = await Promise.all([getTranslations("staffAdmin.calendar"), getTranslations("staffAdmin")]);
  const actor = await staffPage("ADMIN", `/staff/admin/batches/${id}`);
  if (!actor) return <Forbidden role="ADMIN" />;
  const batch = await getAdminBatch(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <Link
        href={{ pathname: "/staff/admin", query: { year: String(batch.year) } }}
        className="text-sm text-brand-700 underline underline-offset-4"
      >
        ← {t("title")}
      </Link>
      <h1 className="text-2xl font-bold">{t("editTitle", { year: batch.year, seq: batch.seq })}</h1>
      <BatchForm
        batchId={batch.id}
        fields={batchFields((k) => t(`fields.${k}`), batch.year, batch)}
        submitLabel={ta("save")}
        successMessage={ta("saved")}
      />
    </div>
  );
}

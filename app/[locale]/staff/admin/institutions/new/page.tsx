import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminForm } from "@/components/staff/admin/admin-form";
import { institutionFields } from "@/components/staff/admin/institution-fields";
import { listProjects } from "@/lib/server/catalog/list-projects";
import { saveInstitutionAction } from "../../org-actions";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export default async function NewInstitutionPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, ta] = await Promise.all([getTranslations("staffAdmin.institutions"), getTranslations("staffAdmin")]);
  if (!(await staffPage("ADMIN", "/staff/admin/institutions/new"))) return <Forbidden role="ADMIN" />;
  const projects = await listProjects();
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <AdminForm
        action={saveInstitutionAction}
        hidden={{ institutionId: "" }}
        fields={institutionFields((k) => t(k), projects)}
        submitLabel={ta("save")}
        successMessage={ta("saved")}
        className="rounded-lg border border-slate-200 bg-white p-4"
      />
    </div>
  );
}

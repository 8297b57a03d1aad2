import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton, AdminForm } from "@/components/staff/admin/admin-form";
import { institutionFields } from "@/components/staff/admin/institution-fields";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { AppError } from "@/lib/app-error";
import { getAdminInstitution } from "@/lib/server/admin/manage-institutions";
import { listProjects } from "@/lib/server/catalog/list-projects";
import {
  createInstitutionUserAction,
  saveInstitutionAction,
  setInstitutionActiveAction,
  setUserDisabledAction,
} from "../../org-actions";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

/** One institution: its data and projects, active or not, and its accounts. */
export default async function InstitutionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [t, tu, ta] = await Promise.all([
    getTranslations("staffAdmin.institutions"),
    getTranslations("staffAdmin.users"),
    getTranslations("staffAdmin"),
  ]);
  const actor = await staffPage("ADMIN", `/staff/admin/institutions/${id}`);
  if (!actor) return <Forbidden role="ADMIN" />;
  const [institution, projects] = await Promise.all([
    getAdminInstitution(actor, id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listProjects(),
  ]);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <Link href="/staff/admin/institutions" className="text-sm text-brand-700 underline underline-offset-4">
        ← {t("title")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{institution.name}</h1>
        <Badge tone={institution.active ? "success" : "danger"}>{institution.active ? t("active") : t("inactive")}</Badge>
        <ActionButton
          action={setInstitutionActiveAction}
          hidden={{ institutionId: institution.id, active: String(!institution.active) }}
          label={institution.active ? t("deactivate") : t("activate")}
          variant={institution.active ? "danger" : "primary"}
        />
      </div>
      <AdminForm
        action={saveInstitutionAction}
        hidden={{ institutionId: institution.id }}
        fields={institutionFields((k) => t(k), projects, institution)}
        submitLabel={ta("save")}
        successMessage={ta("saved")}
        className="rounded-lg border border-slate-200 bg-white p-4"
      />
      <Card aria-labelledby="accounts">
        <h2 id="accounts" className="text-lg font-semibold">
          {t("users")}
        </h2>
        {institution.users.length === 0 ? <p className="text-sm">{t("noUsers")}</p> : null}
        <ul className="mt-2 flex flex-col gap-2 text-sm">
          {institution.users.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center gap-2">
              <span className="font-mono">{u.login}</span> {u.displayName}
              {u.disabled ? <Badge tone="danger">{tu("disabled")}</Badge> : null}
              <ActionButton
                action={setUserDisabledAction}
                hidden={{ userId: u.id, disabled: String(!u.disabled) }}
                label={u.disabled ? tu("enable") : tu("disable")}
              />
            </li>
          ))}
        </ul>
        <h3 className="mt-4 font-semibold">{t("addUser")}</h3>
        <AdminForm
          action={createInstitutionUserAction}
          hidden={{ institutionId: institution.id }}
          fields={[
            { name: "login", label: tu("login"), type: "text", required: true },
            { name: "displayName", label: tu("displayName"), type: "text", defaultValue: institution.name, required: true },
            { name: "email", label: tu("email"), type: "email", hint: tu("emailHint") },
            { name: "password", label: tu("password"), type: "password", hint: tu("passwordHint"), required: true },
          ]}
          submitLabel={tu("create")}
          successMessage={ta("saved")}
          className="mt-2"
        />
      </Card>
    </div>
  );
}

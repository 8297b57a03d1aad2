import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton, AdminForm } from "@/components/staff/admin/admin-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { STAFF_ROLES } from "@/lib/schemas/staff-admin-schema";
import { listStaffUsers } from "@/lib/server/admin/manage-users";
import { createStaffUserAction, resetSecondFactorAction, setRolesAction, setUserDisabledAction } from "../org-actions";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

/** The center's accounts: roles, second factor, switched off or not; new accounts with a temporary password. */
export default async function StaffUsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, ta] = await Promise.all([getTranslations("staffAdmin.users"), getTranslations("staffAdmin")]);
  const actor = await staffPage("ADMIN", "/staff/admin/users");
  if (!actor) return <Forbidden role="ADMIN" />;
  const users = await listStaffUsers(actor);
  const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ul className="flex flex-col gap-3">
        {users.map((u) => (
          <li key={u.id}>
            <Card aria-label={u.login}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-mono font-medium">{u.login}</span> {u.displayName}
                <Badge tone={u.secondFactor ? "success" : "warning"}>
                  {t("secondFactor")}：{u.secondFactor ? t("enrolled") : t("notEnrolled")}
                </Badge>
                {u.disabled ? <Badge tone="danger">{t("disabled")}</Badge> : null}
              </div>
              <AdminForm
                action={setRolesAction}
                hidden={{ userId: u.id }}
                fields={[{ name: "roles", label: t("roles"), type: "checkboxes", options: roleOptions, defaultValues: u.roles }]}
                submitLabel={t("saveRoles")}
                successMessage={ta("saved")}
                className="mt-2"
              />
              {u.id !== actor.id ? (
                <div className="mt-2 flex flex-wrap gap-2">
                  <ActionButton
                    action={setUserDisabledAction}
                    hidden={{ userId: u.id, disabled: String(!u.disabled) }}
                    label={u.disabled ? t("enable") : t("disable")}
                    variant={u.disabled ? "primary" : "danger"}
                  />
                  {u.secondFactor ? (
                    <ActionButton action={resetSecondFactorAction} hidden={{ userId: u.id }} label={t("resetSecondFactor")} />
                  ) : null}
                </div>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
      <Card aria-labelledby="new-user">
        <h2 id="new-user" className="text-lg font-semibold">
          {t("create")}
        </h2>
        <AdminForm
          action={createStaffUserAction}
          fields={[
            { name: "login", label: t("login"), type: "text", required: true },
            { name: "displayName", label: t("displayName"), type: "text", required: true },
            { name: "roles", label: t("roles"), type: "checkboxes", options: roleOptions },
            { name: "password", label: t("password"), type: "password", hint: t("passwordHint"), required: true },
          ]}
          submitLabel={t("create")}
          successMessage={ta("saved")}
          className="mt-2"
        />
      </Card>
    </div>
  );
}

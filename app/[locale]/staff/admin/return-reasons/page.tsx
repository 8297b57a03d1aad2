import { getTranslations } from "next-intl/server";
import { openStaffPage } from "@/app/[locale]/staff/open-staff-page";
import { StaffPageHeader } from "@/components/staff/staff-page-header";
import { AdminForm, type AdminField } from "@/components/staff/admin/admin-form";
import { RETURN_REASON_KEYS } from "@/lib/schemas/staff-review-schema";
import { listReturnReasons, type ReturnReasonDto } from "@/lib/server/admin/manage-return-reasons";
import { saveReturnReasonAction } from "./actions";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffWork.reasons");
  return { title: t("title") };
}

/** Issue 16 item 10 (ADR 112): the ready-made 退回修改 reasons the review screen offers. */
export default async function ReturnReasonsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { actor, locale } = await openStaffPage(params, "ADMIN", "/staff/admin/return-reasons");
  if (!actor) return <Forbidden role="ADMIN" />;
  const [t, ta, tf] = await Promise.all([
    getTranslations("staffWork.reasons"),
    getTranslations("staffAdmin"),
    getTranslations("reviewFields"),
  ]);
  const reasons = await listReturnReasons(actor);
  const fields = (r: ReturnReasonDto | null): AdminField[] => [
    {
      name: "field",
      label: t("field"),
      type: "select",
      defaultValue: r?.field ?? "general",
      options: RETURN_REASON_KEYS.map((key) => ({ value: key, label: tf(key) })),
    },
    { name: "textZh", label: t("textZh"), type: "text", defaultValue: r?.textZh ?? "", hint: t("textZhHint"), required: true },
    { name: "textEn", label: t("textEn"), type: "text", defaultValue: r?.textEn ?? "", required: true },
    { name: "order", label: t("order"), type: "text", defaultValue: String(r?.order ?? 0), hint: t("orderHint") },
    { name: "active", label: t("active"), type: "checkbox", defaultValue: r === null || r.active ? "on" : "" },
  ];
  return (
    <div className="flex flex-col gap-4">
      <StaffPageHeader title={t("title")} intro={t("intro")} />
      <section aria-labelledby="new-reason" className="rounded-lg border border-slate-200 bg-white p-3">
        <h2 id="new-reason" className="text-lg font-semibold">
          {t("add")}
        </h2>
        <AdminForm
          action={saveReturnReasonAction}
          hidden={{ reasonId: "" }}
          fields={fields(null)}
          submitLabel={t("addButton")}
          successMessage={t("added")}
        />
      </section>
      <h2 className="text-lg font-semibold">{t("listTitle", { count: reasons.length })}</h2>
      <ul className="flex flex-col gap-2">
        {reasons.map((r) => (
          <li
            key={r.id}
            aria-label={locale === "en" ? r.textEn : r.textZh}
            className={
              r.active
                ? "rounded-lg border border-slate-200 bg-white p-3"
                : "rounded-lg border border-dashed border-slate-300 bg-slate-50 p-3"
            }
          >
            <p className="mb-2 text-sm text-slate-600">
              {tf(r.field)} · {r.active ? t("isActive") : t("isInactive")}
            </p>
            <AdminForm
              action={saveReturnReasonAction}
              hidden={{ reasonId: r.id }}
              fields={fields(r)}
              submitLabel={ta("save")}
              successMessage={ta("saved")}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton, AdminForm } from "@/components/staff/admin/admin-form";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { formatDateTime } from "@/lib/i18n/format";
import { getHolidayYear, listHolidayOverrides } from "@/lib/server/admin/manage-calendar-settings";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { deleteHolidayAction, setHolidayAction, setHolidayYearAction } from "../calendar-actions";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";
import { Table, Headings, TBody, TRow, TCell } from "@/components/ui/table";

export const dynamic = "force-dynamic";

/** 六 八 九: holidays and make-up working days for years the holiday package does not know. */
export default async function HolidaysPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, ta, ts] = await Promise.all([
    getTranslations("staffAdmin.holidays"),
    getTranslations("staffAdmin"),
    getTranslations("batchHousekeeping.schedule"),
  ]);
  const actor = await staffPage("ADMIN", "/staff/admin/holidays");
  if (!actor) return <Forbidden role="ADMIN" />;
  const year = /^\d{4}$/.test(query.year ?? "") ? Number(query.year) : Number(todayInBeijing().slice(0, 4)) + 1;
  const [overrides, calendar, entered] = await Promise.all([
    listHolidayOverrides(actor, year),
    loadWorkingDayCalendar(),
    getHolidayYear(actor, year),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <form method="get" className="flex items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {ta("calendar.year")}
          <input name="year" inputMode="numeric" defaultValue={year} className={`${inputClass} w-28`} />
        </label>
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          {ta("calendar.show")}
        </button>
      </form>
      {entered ? (
        <Alert tone="success">{ts("complete", { year, at: formatDateTime(entered.completedAt, locale) })}</Alert>
      ) : !calendar.hasHolidayData(year) ? (
        <Alert tone="error">{ts("incomplete", { year })}</Alert>
      ) : null}
      <section aria-labelledby="holiday-year-title" className="flex max-w-2xl flex-col gap-2">
        <h2 id="holiday-year-title" className="text-lg font-semibold">
          {ts("title")}
        </h2>
        <p className="text-sm text-slate-700">{ts("intro")}</p>
        <AdminForm
          action={setHolidayYearAction}
          schema="holidayYear"
          fields={[
            { name: "year", label: ts("year"), type: "text", defaultValue: String(year), required: true },
            { name: "schedule", label: ts("text"), type: "textarea", hint: ts("hint"), required: true },
          ]}
          submitLabel={ts("save")}
          successMessage={ta("saved")}
          className="rounded-lg border border-slate-200 bg-white p-4"
        />
      </section>
      {overrides.length === 0 ? (
        <p role="status">{t("none")}</p>
      ) : (
        <Table className="w-full max-w-2xl rounded-lg border border-slate-200 bg-white text-left text-sm">
          <Headings
            className="bg-slate-100"
            headings={[t("date"), t("kind"), t("note"), { label: <span className="sr-only">{t("remove")}</span>, key: "remove" }]}
          />
          <TBody>
            {overrides.map((o) => (
              <TRow key={o.date} className="border-t border-slate-200">
                <TCell className="p-2 font-mono">{o.date}</TCell>
                <TCell className="p-2">{o.isWorkingDay ? t("workday") : t("holiday")}</TCell>
                <TCell className="p-2">{o.note}</TCell>
                <TCell className="p-2">
                  <ActionButton action={deleteHolidayAction} hidden={{ date: o.date }} label={t("remove")} />
                </TCell>
              </TRow>
            ))}
          </TBody>
        </Table>
      )}
      <AdminForm
        action={setHolidayAction}
        schema="holiday"
        fields={[
          { name: "date", label: t("date"), type: "date", required: true },
          { name: "isWorkingDay", label: t("isWorkingDay"), type: "checkbox" },
          { name: "note", label: t("note"), type: "text" },
        ]}
        submitLabel={t("add")}
        successMessage={ta("saved")}
        className="max-w-md rounded-lg border border-slate-200 bg-white p-4"
      />
    </div>
  );
}

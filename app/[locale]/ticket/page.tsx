import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** 六: 准考证下载 by ID number and name, for candidates who applied alone. A plain POST form. */
export default async function TicketLookupPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, te] = await Promise.all([getTranslations("ticketLookup"), getTranslations("errors.ticket")]);
  const error = query.error === "rateLimited" || query.error === "lookupFailed" ? query.error : null;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <form
        method="post"
        action="/downloads/ticket-lookup"
        className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <Field id="idNumber" label={t("idNumber")}>
          {(a) => <input {...a} name="idNumber" maxLength={18} autoComplete="off" className={inputClass} required />}
        </Field>
        <Field id="name" label={t("name")}>
          {(a) => <input {...a} name="name" autoComplete="name" className={inputClass} required />}
        </Field>
        {error ? <Alert tone="error">{te(error)}</Alert> : null}
        <Button type="submit">{t("submit")}</Button>
      </form>
      <p className="text-sm text-slate-600">{t("rules")}</p>
    </div>
  );
}

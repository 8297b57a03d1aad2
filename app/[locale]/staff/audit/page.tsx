import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/staff/admin/audit-table";
import { Pager } from "@/components/staff/review/pager";
import { buttonVariants } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { auditQuerySchema, type AuditQuery } from "@/lib/schemas/staff-audit-schema";
import { searchAudit } from "@/lib/server/audit/search-audit";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffAdmin.audit");
  return { title: t("title") };
}

const FILTERS = [
  ["action", "text"],
  ["actor", "text"],
  ["entity", "text"],
  ["entityId", "text"],
  ["from", "date"],
  ["to", "date"],
] as const;

/** Issue 5: the append-only audit log, searched with GET parameters. */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("staffAdmin.audit");
  const actor = await staffPage("AUDITOR", "/staff/audit");
  if (!actor) return <Forbidden role="AUDITOR" />;
  const parsed = auditQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const query: AuditQuery = parsed.success ? parsed.data : auditQuerySchema.parse({});
  const result = await searchAudit(actor, query);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3">
        {FILTERS.map(([name, type]) => (
          <label key={name} className="flex flex-col gap-1 text-sm font-medium">
            {t(name)}
            <input type={type} name={name} defaultValue={query[name] ?? ""} className={inputClass} />
          </label>
        ))}
        <button type="submit" className={buttonVariants({ className: "self-end" })}>
          {t("search")}
        </button>
      </form>
      <AuditTable rows={result.rows} />
      <Pager
        path="/staff/audit"
        params={{ ...query, page: undefined }}
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        namespace="staffAdmin.audit"
      />
    </div>
  );
}

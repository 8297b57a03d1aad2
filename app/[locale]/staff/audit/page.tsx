import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/staff/admin/audit-table";
import { Pager } from "@/components/staff/review/pager";
import { auditQuerySchema, type AuditQuery } from "@/lib/schemas/staff-audit-schema";
import { searchAudit } from "@/lib/server/audit/search-audit";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";
import { AuditFilters } from "./_components/audit-filters";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffAdmin.audit");
  return { title: t("title") };
}

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
      <AuditFilters query={query} />
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

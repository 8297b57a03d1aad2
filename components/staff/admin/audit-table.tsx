import { getTranslations } from "next-intl/server";
import type { AuditRowDto } from "@/lib/server/audit/search-audit";

/** Audit rows as they were written (before/after JSON), Beijing time, ID numbers already masked. */
export async function AuditTable({ rows }: { rows: AuditRowDto[] }) {
  const t = await getTranslations("staffAdmin.audit");
  if (rows.length === 0) return <p role="status">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">
              {t("at")}
            </th>
            <th scope="col" className="p-2">
              {t("who")}
            </th>
            <th scope="col" className="p-2">
              {t("what")}
            </th>
            <th scope="col" className="p-2">
              {t("on")}
            </th>
            <th scope="col" className="p-2">
              {t("details")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top">
              <td className="p-2 whitespace-nowrap">{r.at}</td>
              <td className="p-2">{r.actor ? `${r.actor.displayName}（${r.actor.login}）` : t("system")}</td>
              <td className="p-2 font-mono">{r.action}</td>
              <td className="p-2">
                {r.entity}
                {r.entityId ? <span className="block font-mono text-xs break-all text-slate-600">{r.entityId}</span> : null}
              </td>
              <td className="max-w-md p-2 font-mono text-xs break-all">
                {r.before ? <span className="block text-slate-500">− {r.before}</span> : null}
                {r.after ? <span className="block">+ {r.after}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

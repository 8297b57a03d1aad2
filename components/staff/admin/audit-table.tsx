import { getLocale, getTranslations } from "next-intl/server";
import { isKnownKey } from "@/lib/i18n/message-key";
import type { AuditSubject } from "@/lib/server/audit/audit-subject";
import type { AuditRowDto } from "@/lib/server/audit/search-audit";
import { Table, Headings, TBody, TRow, TCell } from "@/components/ui/table";

type Words = Awaited<ReturnType<typeof getTranslations<"auditWords">>>;

/** "2025年第4批 · 养老护理员 · 张*三（510***********123X）", from what the row stored (ADR 085). */
function subjectWords(subject: AuditSubject, w: Words, locale: string): string {
  const parts: string[] = [];
  if (subject.batch) parts.push(w("batch", subject.batch));
  if (subject.project) parts.push(locale === "en" ? subject.project.nameEn : subject.project.name);
  if (subject.candidate) parts.push(w("candidate", subject.candidate));
  if (subject.candidates !== undefined) parts.push(w("candidates", { n: subject.candidates }));
  if (subject.institution) parts.push(subject.institution);
  if (subject.referenceCode) parts.push(w("referenceCode", { code: subject.referenceCode }));
  return parts.join(" · ");
}

/**
 * Audit rows: what was done in words with its code, and to whom in words (project, batch, masked
 * candidate, stored with the row), then the values as written (before/after JSON). Beijing time,
 * ID numbers already masked.
 */
export async function AuditTable({ rows }: { rows: AuditRowDto[] }) {
  const [t, w, locale] = await Promise.all([getTranslations("staffAdmin.audit"), getTranslations("auditWords"), getLocale()]);
  const actionWords = (action: string) => {
    const key = `actions.${action.replaceAll(".", "_")}`;
    return isKnownKey(w, key) ? w(key) : null;
  };
  if (rows.length === 0) return <p role="status">{t("empty")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full text-left text-sm">
      <Headings className="bg-slate-100" headings={[t("at"), t("who"), t("what"), t("on"), t("details")]} />
      <TBody>
        {rows.map((r) => (
          <TRow key={r.id} className="border-t border-slate-200 align-top">
            <TCell className="p-2 whitespace-nowrap">{r.at}</TCell>
            <TCell className="p-2">{r.actor ? `${r.actor.displayName}（${r.actor.login}）` : t("system")}</TCell>
            <TCell className="p-2">
              {actionWords(r.action) ? <span className="block">{actionWords(r.action)}</span> : null}
              <span className="block font-mono text-xs text-slate-600">{r.action}</span>
            </TCell>
            <TCell className="p-2">
              {r.subject ? <span className="block">{subjectWords(r.subject, w, locale)}</span> : null}
              <span className="block text-xs text-slate-600">{r.entity}</span>
              {r.entityId ? <span className="block font-mono text-xs break-all text-slate-600">{r.entityId}</span> : null}
            </TCell>
            <TCell className="max-w-md p-2 font-mono text-xs break-all">
              {r.before ? <span className="block text-slate-500">− {r.before}</span> : null}
              {r.after ? <span className="block">+ {r.after}</span> : null}
            </TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useSearchForm } from "@/components/forms/use-search-form";
import { buttonVariants } from "@/components/ui/button";
import { FieldError } from "@/components/ui/failure-text";
import { inputClass } from "@/components/ui/field";
import { type AuditQuery, auditQuerySchema } from "@/lib/schemas/staff-audit-schema";

const FILTERS = [
  ["action", "text"],
  ["actor", "text"],
  ["entity", "text"],
  ["entityId", "text"],
  ["from", "date"],
  ["to", "date"],
] as const;

/**
 * The audit search (issue 5): a GET form on `auditQuerySchema` (`useSearchForm`, ADR 138), so a
 * search is a link; the browser says a too long text or an impossible day under its field.
 */
export function AuditFilters({ query }: { query: AuditQuery }) {
  const t = useTranslations("staffAdmin.audit");
  const { fields, formProps, pending } = useSearchForm({ schema: auditQuerySchema });
  return (
    <form {...formProps} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3">
      {FILTERS.map(([name, type]) => {
        const failure = fields.errorOf(name);
        return (
          <div key={name} className="flex flex-col gap-1">
            <label className="flex flex-col gap-1 text-sm font-medium">
              {t(name)}
              <input
                type={type}
                {...fields.register(name)}
                defaultValue={query[name] ?? ""}
                aria-describedby={failure ? `${name}-error` : undefined}
                className={inputClass}
              />
            </label>
            <FieldError id={`${name}-error`} failure={failure} />
          </div>
        );
      })}
      <button type="submit" className={buttonVariants({ className: "self-end" })} disabled={pending}>
        {t("search")}
      </button>
    </form>
  );
}

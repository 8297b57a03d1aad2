"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useSearchForm } from "@/components/forms/use-search-form";
import { FieldError } from "@/components/ui/failure-text";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { APPLICATION_STATUSES } from "@/lib/domain/application-state";
import { type CandidateFilter, candidateFilterSchema } from "@/lib/schemas/institution-filter-schema";
import type { BatchOption } from "@/lib/server/institution/batch-options";

type Name = "batch" | "project" | "status" | "q";

/**
 * By batch, project and status (issue 4), or a full name or ID number: a GET form
 * (`useSearchForm`, ADR 138) checked with the schema the page parses its address with, so a
 * filtered list is a link and the form works before JavaScript loads.
 */
export function CandidateFilters({
  filter,
  batches,
  projects,
}: {
  filter: CandidateFilter;
  batches: BatchOption[];
  projects: { seq: number; name: string }[];
}) {
  const t = useTranslations("institution.candidates");
  const tc = useTranslations("common");
  const ts = useTranslations("status");
  const tb = useTranslations("institutionBatch.candidate");
  const { fields, formProps, pending } = useSearchForm({ schema: candidateFilterSchema });
  const control = (name: Name, label: string, width: string, children: (describedBy: string | undefined) => ReactNode) => {
    const failure = fields.errorOf(name);
    return (
      <div className={`flex ${width} flex-1 flex-col gap-1`}>
        <label htmlFor={name} className="font-medium">
          {label}
        </label>
        {children(failure ? `${name}-error` : undefined)}
        <FieldError id={`${name}-error`} failure={failure} />
      </div>
    );
  };
  const select = (
    name: Exclude<Name, "q">,
    label: string,
    value: string | undefined,
    options: { value: string; label: string }[],
  ) =>
    control(name, label, "min-w-44", (describedBy) => (
      <select
        id={name}
        {...fields.register(name)}
        defaultValue={value ?? ""}
        aria-describedby={describedBy}
        className={inputClass}
      >
        <option value="">{t("all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ));
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
      {select(
        "batch",
        t("batch"),
        filter.batch,
        batches.map((b) => ({ value: b.id, label: tc("batchLabel", { year: b.year, seq: b.seq }) })),
      )}
      {select(
        "project",
        t("project"),
        filter.project?.toString(),
        projects.map((p) => ({ value: String(p.seq), label: `${p.seq}. ${p.name}` })),
      )}
      {select(
        "status",
        t("status"),
        filter.status,
        APPLICATION_STATUSES.map((s) => ({ value: s, label: ts(s) })),
      )}
      {control("q", tb("search"), "min-w-56", (describedBy) => (
        <input
          id="q"
          {...fields.register("q")}
          type="search"
          defaultValue={filter.q ?? ""}
          aria-describedby={describedBy}
          className={inputClass}
        />
      ))}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("filter")}
      </Button>
    </form>
  );
}

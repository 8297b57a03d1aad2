"use client";

import { useSearchForm } from "@/components/forms/use-search-form";
import type { FormSchema } from "@/components/forms/use-action-form";
import { buttonVariants } from "@/components/ui/button";
import { FieldError } from "@/components/ui/failure-text";
import { inputClass } from "@/components/ui/field";

interface Labelled {
  label: string;
  value: string | undefined;
}

/**
 * Finance's GET filters (all receipts, refunds): a state and, for the receipts, free text. A
 * `useSearchForm` (ADR 138) checked with the `schema` the page parses its address with; without
 * JavaScript the browser asks for the page with the fields in the address.
 */
export function StatusFilter({
  schema,
  status,
  search,
  submit,
  searchRole = false,
}: {
  schema: FormSchema;
  status: Labelled & { any: string; options: { value: string; label: string }[] };
  search?: Labelled & { maxLength: number };
  submit: string;
  /** The receipts' form is a search (a landmark); the refunds' a filter. */
  searchRole?: boolean;
}) {
  const { fields, formProps, pending } = useSearchForm({ schema });
  const searchFailure = fields.errorOf("q");
  const statusFailure = fields.errorOf("status");
  return (
    <form
      {...formProps}
      role={searchRole ? "search" : undefined}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      {search ? (
        <div className="flex flex-col gap-1">
          <label className="flex flex-col gap-1 text-sm font-medium">
            {search.label}
            <input
              {...fields.register("q")}
              defaultValue={search.value ?? ""}
              maxLength={search.maxLength}
              aria-describedby={searchFailure ? "q-error" : undefined}
              className={inputClass}
            />
          </label>
          <FieldError id="q-error" failure={searchFailure} />
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {status.label}
          <select
            {...fields.register("status")}
            defaultValue={status.value ?? ""}
            aria-describedby={statusFailure ? "status-error" : undefined}
            className={inputClass}
          >
            <option value="">{status.any}</option>
            {status.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <FieldError id="status-error" failure={statusFailure} />
      </div>
      <button type="submit" className={buttonVariants()} disabled={pending}>
        {submit}
      </button>
    </form>
  );
}

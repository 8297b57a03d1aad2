"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useSearchForm } from "@/components/forms/use-search-form";
import { buttonVariants } from "@/components/ui/button";
import { FieldError } from "@/components/ui/failure-text";
import { inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { QUEUE_STATUSES, type ReviewQueueQuery, reviewQueueQuerySchema } from "@/lib/schemas/staff-review-schema";

interface Options {
  batches: { id: string; year: number; seq: number }[];
  projects: { seq: number; name: string }[];
  institutions: { id: string; name: string }[];
}

type Name = "status" | "batch" | "project" | "channel" | "institution" | "dueBy";

/**
 * A GET form (`useSearchForm`, ADR 138): the filtered queue is a URL a reviewer can bookmark or
 * send to a colleague; the browser checks the fields with the schema the page parses it with.
 */
export function QueueFilters({ query, options }: { query: ReviewQueueQuery; options: Options }) {
  const t = useTranslations("staffReview");
  const ts = useTranslations("status");
  const tc = useTranslations("common");
  const { fields, formProps, pending } = useSearchForm({ schema: reviewQueueQuerySchema });
  const labelled = (name: Name, label: string, control: (describedBy: string | undefined) => ReactNode) => {
    const failure = fields.errorOf(name);
    return (
      <div className="flex flex-col gap-1">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {label}
          {control(failure ? `${name}-error` : undefined)}
        </label>
        <FieldError id={`${name}-error`} failure={failure} />
      </div>
    );
  };
  const select = (
    name: Exclude<Name, "dueBy">,
    label: string,
    value: string | number | undefined,
    items: { value: string; label: string }[],
    withAny = true,
  ) =>
    labelled(name, label, (describedBy) => (
      <select
        {...fields.register(name)}
        defaultValue={value === undefined ? "" : String(value)}
        aria-describedby={describedBy}
        className={inputClass}
      >
        {withAny ? <option value="">{t("filters.any")}</option> : null}
        {items.map((i) => (
          <option key={i.value} value={i.value}>
            {i.label}
          </option>
        ))}
      </select>
    ));
  return (
    <form
      {...formProps}
      data-queue-filters
      className="rounded-lg border border-slate-200 bg-white p-3"
      aria-label={t("filters.legend")}
    >
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {select(
          "status",
          t("filters.status"),
          query.status,
          QUEUE_STATUSES.map((s) => ({ value: s, label: ts(s) })),
          false,
        )}
        {select(
          "batch",
          t("filters.batch"),
          query.batch,
          options.batches.map((b) => ({ value: b.id, label: tc("batchLabel", { year: b.year, seq: b.seq }) })),
        )}
        {select(
          "project",
          t("filters.project"),
          query.project,
          options.projects.map((p) => ({ value: String(p.seq), label: `${p.seq}. ${p.name}` })),
        )}
        {select(
          "channel",
          t("filters.channel"),
          query.channel,
          (["INDIVIDUAL", "INSTITUTION"] as const).map((c) => ({ value: c, label: t(`channel.${c}`) })),
        )}
        {select(
          "institution",
          t("filters.institution"),
          query.institution,
          options.institutions.map((i) => ({ value: i.id, label: i.name })),
        )}
        {labelled("dueBy", t("filters.dueBy"), (describedBy) => (
          <input
            type="date"
            {...fields.register("dueBy")}
            defaultValue={query.dueBy ?? ""}
            aria-describedby={describedBy}
            className={inputClass}
          />
        ))}
      </div>
      <div className="mt-3 flex gap-2">
        <button type="submit" className={buttonVariants()} disabled={pending}>
          {t("filters.apply")}
        </button>
        <Link href="/staff/review" className={buttonVariants({ variant: "secondary" })}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}

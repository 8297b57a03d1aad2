"use client";

import { useTranslations } from "next-intl";
import { StatusFilter } from "@/components/staff/payments/status-filter";
import { REFUND_STATES, type RefundQuery, refundQuerySchema } from "@/lib/schemas/staff-filter-schemas";

/** Refunds by state (a GET form on `refundQuerySchema`). */
export function RefundFilters({ query }: { query: RefundQuery }) {
  const t = useTranslations("refunds");
  return (
    <StatusFilter
      schema={refundQuerySchema}
      status={{
        label: t("filter"),
        value: query.status,
        any: t("all"),
        options: REFUND_STATES.map((s) => ({ value: s, label: t(`status.${s}`) })),
      }}
      submit={t("submitFilter")}
    />
  );
}

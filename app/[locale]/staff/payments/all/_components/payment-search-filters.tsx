"use client";

import { useTranslations } from "next-intl";
import { StatusFilter } from "@/components/staff/payments/status-filter";
import {
  PAYMENT_SEARCH_MAX,
  PAYMENT_STATES,
  type PaymentSearchQuery,
  paymentSearchQuerySchema,
} from "@/lib/schemas/staff-filter-schemas";

/** 五: search every receipt by text and state (a GET form on `paymentSearchQuerySchema`). */
export function PaymentSearchFilters({ query }: { query: PaymentSearchQuery }) {
  const t = useTranslations("reconciliation.search");
  return (
    <StatusFilter
      schema={paymentSearchQuerySchema}
      searchRole
      search={{ label: t("q"), value: query.q, maxLength: PAYMENT_SEARCH_MAX }}
      status={{
        label: t("status"),
        value: query.status,
        any: t("all"),
        options: PAYMENT_STATES.map((s) => ({ value: s, label: t(`state.${s}`) })),
      }}
      submit={t("submit")}
    />
  );
}

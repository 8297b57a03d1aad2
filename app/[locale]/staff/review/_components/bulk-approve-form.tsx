"use client";

import { failureText } from "@/lib/i18n/failure-text";
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { bulkApproveAction } from "@/app/[locale]/staff/review/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Wraps the queue table: the ticked clean rows post as `item` = `id:version`. */
export function BulkApproveForm({ children, hasClean }: { children: ReactNode; hasClean: boolean }) {
  const t = useTranslations("staffReview");
  const tr = useTranslations();
  const [state, action, pending] = useActionState(bulkApproveAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      {children}
      {state?.ok ? (
        <Alert tone="success">{t("bulkDone", { approved: state.data.approved, skipped: state.data.skipped.length })}</Alert>
      ) : null}
      {state && !state.ok && state.formError ? <Alert tone="error">{failureText(tr, state.formError)}</Alert> : null}
      {hasClean ? (
        <fieldset className="flex flex-wrap items-center gap-3">
          <legend className="sr-only">{t("bulkLegend")}</legend>
          <Button type="submit" disabled={pending}>
            {t("bulkApprove")}
          </Button>
          <p className="text-sm text-slate-600">{t("bulkHint")}</p>
        </fieldset>
      ) : null}
    </form>
  );
}

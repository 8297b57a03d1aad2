"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitRosterAction } from "@/app/[locale]/institution/roster/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { FieldError, FormError } from "@/components/ui/failure-text";

/**
 * Submit the valid rows (all of them or none), with the institution's 初审 commitment
 * (四(一)1 双承诺制), and download the invalid ones to fix and upload again.
 */
export function RosterSubmit({ uploadId, valid, invalid }: { uploadId: string; valid: number; invalid: number }) {
  const t = useTranslations("institution.roster");
  const [state, action, pending] = useActionState(submitRosterAction, null);
  const failed = state && !state.ok ? state : null;
  const invalidLink =
    invalid > 0 ? (
      <a href={`/downloads/institution/roster/${uploadId}/invalid`} className={buttonVariants({ variant: "secondary" })} download>
        {t("downloadInvalid", { count: invalid })}
      </a>
    ) : null;
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success">{t("stored", { stored: state.data.stored, skipped: state.data.skipped })}</Alert>
        <div className="flex flex-wrap gap-3">
          <Link href="/institution/attachments" className={buttonVariants()}>
            {t("toAttachments")}
          </Link>
          {invalidLink}
        </div>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="uploadId" value={uploadId} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="pledge" className="mt-1 size-5" aria-describedby="pledge-error" />
        <span>{t("pledge")}</span>
      </label>
      <FieldError id="pledge-error" failure={failed?.fieldErrors.pledge?.[0]} />
      <FormError failure={failed?.formError} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending || valid === 0}>
          {pending ? t("submitting") : t("submit", { count: valid })}
        </Button>
        {invalidLink}
      </div>
      <p className="text-sm text-slate-600">{t("submitHint")}</p>
    </form>
  );
}

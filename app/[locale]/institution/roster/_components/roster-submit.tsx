"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { submitRosterAction } from "@/app/[locale]/institution/roster/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { rosterSubmitSchema } from "@/lib/schemas/institution-roster-schema";
import { FieldError, FormError } from "@/components/ui/failure-text";
import type { ActionFailure } from "@/lib/action-result";
import type { RosterSubmitResult } from "@/lib/server/institution/roster/submit-roster";

/**
 * The submit form's state. `RosterUpload` calls it, always, not the form it shows under a preview
 * (ADR 148): after a post without JavaScript the page has only this answer, and a refusal brings
 * the preview back (`shown`), so the form must not depend on the preview to find its answer.
 */
export function useRosterSubmitForm() {
  return useActionForm({ action: submitRosterAction, schema: rosterSubmitSchema });
}

type RosterSubmitForm = ReturnType<typeof useRosterSubmitForm>;

function InvalidRowsLink({ uploadId, count }: { uploadId: string; count: number }) {
  const t = useTranslations("institution.roster");
  const locale = useLocale();
  if (count === 0) return null;
  // The reasons in the page's language (ADR 154); Chinese is the route's default.
  const query = locale === "zh-CN" ? "" : `?locale=${locale}`;
  return (
    <a
      href={`/downloads/institution/roster/${uploadId}/invalid${query}`}
      className={buttonVariants({ variant: "secondary" })}
      download
    >
      {t("downloadInvalid", { count })}
    </a>
  );
}

/** The submit's success: what was stored, where to go next, the rows left out to fix. */
export function RosterStored({ result }: { result: RosterSubmitResult }) {
  const t = useTranslations("institution.roster");
  return (
    <div className="flex flex-col gap-3">
      <Alert tone="success">{t("stored", { stored: result.stored, skipped: result.skipped })}</Alert>
      <div className="flex flex-wrap gap-3">
        <Link href="/institution/attachments" className={buttonVariants()}>
          {t("toAttachments")}
        </Link>
        <InvalidRowsLink uploadId={result.uploadId} count={result.skipped} />
      </div>
    </div>
  );
}

/**
 * Submit the valid rows (all of them or none), with the institution's 初审 commitment
 * (四(一)1 双承诺制), and download the invalid ones to fix and upload again. `failed`: the
 * form's refusal when it is about this upload.
 */
export function RosterSubmit({
  form,
  failed,
  uploadId,
  valid,
  invalid,
}: {
  form: RosterSubmitForm;
  failed: ActionFailure<unknown> | null;
  uploadId: string;
  valid: number;
  invalid: number;
}) {
  const t = useTranslations("institution.roster");
  const { pending, fields, formProps, rhf } = form;
  // A plain hidden input, its value told to react-hook-form: a registered one would take the value
  // the form kept from the previous upload's input when this one mounts (the state outlives it).
  useEffect(() => {
    rhf.register("uploadId");
    rhf.setValue("uploadId", uploadId);
  }, [rhf, uploadId]);
  const pledgeError = fields.errorOf("pledge");
  return (
    <form {...formProps} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="uploadId" value={uploadId} />
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          {...fields.register("pledge")}
          className="mt-1 size-5"
          aria-invalid={pledgeError !== undefined}
          aria-describedby="pledge-error"
        />
        <span>{t("pledge")}</span>
      </label>
      <FieldError id="pledge-error" failure={pledgeError} />
      <FormError failure={failed?.formError ?? fields.errorOf("uploadId")} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending || valid === 0}>
          {pending ? t("submitting") : t("submit", { count: valid })}
        </Button>
        <InvalidRowsLink uploadId={uploadId} count={invalid} />
      </div>
      <p className="text-sm text-slate-600">{t("submitHint")}</p>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { submitRosterAction } from "@/app/[locale]/institution/roster/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { HiddenField } from "@/components/institution/hidden-field";
import { rosterSubmitSchema } from "@/lib/schemas/institution-roster-schema";
import { FieldError, FormError } from "@/components/ui/failure-text";

/**
 * Submit the valid rows (all of them or none), with the institution's 初审 commitment
 * (四(一)1 双承诺制), and download the invalid ones to fix and upload again.
 */
export function RosterSubmit({ uploadId, valid, invalid }: { uploadId: string; valid: number; invalid: number }) {
  const t = useTranslations("institution.roster");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: submitRosterAction,
    schema: rosterSubmitSchema,
  });
  const pledgeError = fields.errorOf("pledge");
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
    <form {...formProps} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <HiddenField form={fields} name="uploadId" value={uploadId} />
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          {...fields.register("pledge")}
          className="mt-1 size-5"
          aria-invalid={pledgeError !== undefined}
          aria-describedby="pledge-error"
          defaultChecked={fields.keptValue("pledge") === "on"}
        />
        <span>{t("pledge")}</span>
      </label>
      <FieldError id="pledge-error" failure={pledgeError} />
      <FormError failure={formError ?? fields.errorOf("uploadId")} />
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

"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, type FormEvent } from "react";
import { submitApplicationAction } from "@/app/[locale]/me/applications/[id]/actions";
import { useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link, useRouter } from "@/i18n/navigation";
import { FixLinks } from "@/components/wizard/fix-links";
import { postSubmit } from "@/components/wizard/post-submit";
import { submitApplicationSchema } from "@/lib/schemas/submit-application-schema";

/**
 * 提交 (ADR 053): two doors to one use case. Without JavaScript the form posts the server action
 * (`useActionForm`'s `formProps.action`, unbound, the id in a hidden input, ADR 133, 142); once the
 * page runs, submitting checks the form's schema and posts the submit route instead, the same use
 * case and result without the page's request path.
 */
export function SubmitPanel({ applicationId, returned }: { applicationId: string; returned: boolean }) {
  const t = useTranslations("wizard");
  const tr = useTranslations();
  const say = useFailureText();
  const form = useActionForm({ action: submitApplicationAction, schema: submitApplicationSchema });
  const [viaRoute, routeAction, routePending] = useActionState(() => postSubmit(applicationId), null);
  const state = viaRoute ?? form.state;
  const pending = form.pending || routePending;
  const router = useRouter();
  const submitted = state?.ok === true;
  // The answer is the result only (no page re-render, ADR 049): the candidate lands on the
  // application's page, freshly rendered with its new status, as before.
  useEffect(() => {
    if (submitted) router.replace(`/me/applications/${applicationId}`);
  }, [submitted, router, applicationId]);
  if (state?.ok) {
    return (
      <Alert tone="success">
        <p>{t("submitted", { date: state.data.reviewDueDate })}</p>
        <Link href={`/me/applications/${applicationId}`} className="mt-2 inline-block underline underline-offset-4">
          {tr("applications.open")}
        </Link>
      </Alert>
    );
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    void form.rhf.handleSubmit(() => startTransition(routeAction))();
  };
  const failed = state && !state.ok ? state : null;
  const files = failed?.fieldErrors.attachments ?? [];
  return (
    <form {...form.formProps} onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" {...form.fields.register("applicationId")} defaultValue={applicationId} />
      {failed?.formError ? (
        <Alert tone="error">
          <p>{say(failed.formError)}</p>
          {files.length > 0 ? <p className="mt-1">{files.map((k) => say(k)).join("、")}</p> : null}
          {/* The reasons and the steps that fix them (issue 16 item 5). */}
          <FixLinks applicationId={applicationId} failed={failed} current={null} />
        </Alert>
      ) : null}
      <Button type="submit" disabled={pending}>
        {returned ? t("resubmit") : t("submit")}
      </Button>
    </form>
  );
}

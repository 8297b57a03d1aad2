"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { submitApplicationAction } from "@/app/[locale]/me/applications/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link, useRouter } from "@/i18n/navigation";

export function SubmitPanel({ applicationId, returned }: { applicationId: string; returned: boolean }) {
  const t = useTranslations("wizard");
  const ta = useTranslations("attachments");
  const tr = useTranslations();
  const [state, action, pending] = useActionState(submitApplicationAction.bind(null, applicationId), null);
  const router = useRouter();
  const submitted = state?.ok === true;
  // The action answers with its result only (no page re-render, ADR 049): the candidate lands on
  // the application's page, freshly rendered with its new status, as before.
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
  const failed = state && !state.ok ? state : null;
  const reasons = failed?.fieldErrors.eligibility ?? [];
  const files = failed?.fieldErrors.attachments ?? [];
  return (
    <form action={action} className="flex flex-col gap-3">
      {failed?.formError ? (
        <Alert tone="error">
          <p>{tr(failed.formError as never)}</p>
          {reasons.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
          {files.length > 0 ? (
            <p className="mt-1">{files.map((k) => ta(k.replace("attachments.", "") as never)).join("、")}</p>
          ) : null}
        </Alert>
      ) : null}
      <Button type="submit" disabled={pending}>
        {returned ? t("resubmit") : t("submit")}
      </Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useSyncExternalStore } from "react";
import { submitApplicationAction } from "@/app/[locale]/me/applications/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link, useRouter } from "@/i18n/navigation";
import { FixLinks } from "@/components/wizard/fix-links";
import { postSubmit } from "@/components/wizard/post-submit";
import { useFailureText } from "@/components/ui/failure-text";

const noSubscription = () => () => undefined;

export function SubmitPanel({ applicationId, returned }: { applicationId: string; returned: boolean }) {
  const t = useTranslations("wizard");
  const tr = useTranslations();
  const say = useFailureText();
  // Without JavaScript the form posts the server action; once the page runs, it posts the submit
  // route, the same use case and result without the page's request path (ADR 053).
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [viaAction, serverAction, actionPending] = useActionState(submitApplicationAction.bind(null, applicationId), null);
  const [viaRoute, routeAction, routePending] = useActionState(() => postSubmit(applicationId), null);
  const state = viaRoute ?? viaAction;
  const pending = actionPending || routePending;
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
  const failed = state && !state.ok ? state : null;
  const files = failed?.fieldErrors.attachments ?? [];
  return (
    <form action={hydrated ? routeAction : serverAction} className="flex flex-col gap-3">
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

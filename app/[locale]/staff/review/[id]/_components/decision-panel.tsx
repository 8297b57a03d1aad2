"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { approveAction, rejectAction, returnAction } from "@/app/[locale]/staff/review/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import type { ActionResult, Failure } from "@/lib/action-result";
import { RETURN_REASON_KEYS } from "@/lib/schemas/staff-review-schema";
import type { DecisionDto } from "@/lib/server/review/decide-application";
import { FormError, useFailureText } from "@/components/ui/failure-text";

type State = ActionResult<DecisionDto> | null;

interface Props {
  /** The filtered queue this application was opened from. */
  queue: { pathname: string; query: Record<string, string> };
  applicationId: string;
  version: number;
  payment: { start: string; end: string };
  reviewEnd: string;
  /** Why no decision is possible (decided, window over), or null. */
  blocked: string | null;
  /** The administrator's ready-made return reasons (issue 16 item 10), text in the page's language. */
  readyReasons: ReadyReason[];
}

export interface ReadyReason {
  id: string;
  field: string;
  text: string;
}

/**
 * 四's three decisions on one screen. Plain forms: they work before JavaScript loads. The page
 * always renders this component, so after a decision refreshes the page it keeps its success
 * message instead of being replaced.
 */
export function DecisionPanel({ queue, applicationId, version, payment, reviewEnd, blocked, readyReasons }: Props) {
  const t = useTranslations("staffReview.decide");
  const say = useFailureText();
  const [approved, approve, approving] = useActionState(approveAction.bind(null, applicationId), null);
  const [returned, giveBack, returning] = useActionState(returnAction.bind(null, applicationId), null);
  const [rejected, reject, rejecting] = useActionState(rejectAction.bind(null, applicationId), null);
  const done = [approved, returned, rejected].find((s) => s?.ok);
  if (done?.ok) {
    return (
      <Alert tone="success">
        <p>{t(`done.${done.data.status as "APPROVED" | "RETURNED" | "REJECTED"}`)}</p>
        <Link href={queue} className="mt-2 inline-block underline underline-offset-4">
          {t("backToQueue")}
        </Link>
      </Alert>
    );
  }
  if (blocked) return <Alert tone="info">{blocked}</Alert>;
  const pending = approving || returning || rejecting;
  return (
    <section aria-labelledby="decide" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="decide" className="text-lg font-semibold">
        {t("legend")}
      </h2>
      <DecisionError state={approved} />
      <form action={approve} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="version" value={version} />
        <Button type="submit" disabled={pending} data-shortcut="decide" aria-keyshortcuts="a">
          {t("approve")}
        </Button>
        <span className="text-sm text-slate-600">{t("approveHint", payment)}</span>
      </form>
      <ReturnForm
        action={giveBack}
        state={returned}
        version={version}
        pending={pending}
        reviewEnd={reviewEnd}
        readyReasons={readyReasons}
      />
      <details className="rounded-md border border-red-200 p-3" open={Boolean(rejected && !rejected.ok)}>
        <summary className="cursor-pointer font-medium text-red-800">{t("reject")}</summary>
        <form action={reject} className="mt-3 flex flex-col gap-3">
          <input type="hidden" name="version" value={version} />
          <p className="text-sm text-slate-700">{t("rejectHint")}</p>
          <DecisionError state={rejected} />
          <Field id="reject-reason" label={t("rejectReason")} error={say(fieldError(rejected, "reason"))}>
            {(a) => (
              <textarea
                {...a}
                name="reason"
                rows={3}
                maxLength={500}
                defaultValue={valueOf(rejected, "reason")}
                className={`${inputClass} py-2`}
              />
            )}
          </Field>
          <Button type="submit" variant="danger" disabled={pending}>
            {t("confirmReject")}
          </Button>
        </form>
      </details>
    </section>
  );
}

function ReturnForm({
  action,
  state,
  version,
  pending,
  reviewEnd,
  readyReasons,
}: {
  action: (f: FormData) => void;
  state: State;
  version: number;
  pending: boolean;
  reviewEnd: string;
  readyReasons: ReadyReason[];
}) {
  const t = useTranslations("staffReview.decide");
  const tw = useTranslations("staffWork.reasons");
  const tf = useTranslations("reviewFields");
  return (
    <details className="rounded-md border border-amber-200 p-3" open={Boolean(state && !state.ok)}>
      <summary className="cursor-pointer font-medium text-amber-900">{t("return")}</summary>
      <form action={action} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="version" value={version} />
        <p className="text-sm text-slate-700">{t("returnHint", { end: reviewEnd })}</p>
        <DecisionError state={state} />
        {RETURN_REASON_KEYS.map((key, i) => {
          const ready = readyReasons.filter((r) => r.field === key);
          return (
            <div key={key} className="flex flex-col gap-1 border-t border-amber-100 pt-2">
              {ready.length > 0 ? (
                <fieldset>
                  <legend className="text-sm text-slate-700">{tw("pickFor", { field: tf(key) })}</legend>
                  {ready.map((r) => (
                    <label key={r.id} className="flex min-h-9 items-start gap-2 text-sm">
                      <input type="checkbox" name={`pick.${key}`} value={r.id} className="mt-1 size-5 shrink-0" />
                      {r.text}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              <Field id={`reason-${key}`} label={t("reasonFor", { field: tf(key) })}>
                {(a) => (
                  <input
                    {...a}
                    data-shortcut={i === 0 ? "return-reason" : undefined}
                    aria-keyshortcuts={i === 0 ? "r" : undefined}
                    name={`reason.${key}`}
                    maxLength={300}
                    placeholder={ready.length > 0 ? tw("ownWords") : undefined}
                    defaultValue={valueOf(state, `reason.${key}`)}
                    className={inputClass}
                  />
                )}
              </Field>
            </div>
          );
        })}
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("confirmReturn")}
        </Button>
      </form>
    </details>
  );
}

/** The decision's failure; a colleague who got there first is said with who, when and the status now (ADR 130). */
function DecisionError({ state }: { state: State }) {
  return <FormError failure={state && !state.ok ? state.formError : null} />;
}

function fieldError(state: State, name: string): Failure | undefined {
  return state && !state.ok ? state.fieldErrors[name]?.[0] : undefined;
}

function valueOf(state: State, name: string): string {
  return state && !state.ok ? String(state.values[name] ?? "") : "";
}

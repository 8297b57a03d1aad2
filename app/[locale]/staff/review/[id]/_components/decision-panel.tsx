"use client";

import { useTranslations } from "next-intl";
import { approveAction, rejectAction, returnAction } from "@/app/[locale]/staff/review/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { RETURN_REASON_KEYS } from "@/lib/schemas/staff-review-schema";
import { approveFormSchema, pickField, reasonField, rejectFormSchema, returnFormSchema } from "@/lib/schemas/staff-review-forms";

/** 退回修改's "at least one reason" reads every field's ticks and words: a change to any checks it again (ADR 149). */
const RETURN_REASON_FIELDS = [RETURN_REASON_KEYS.flatMap((key) => [reasonField(key), pickField(key)])];

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
 * 四's three decisions on one screen, each a `useActionForm` form (ADR 133, 140): checked in the
 * browser with the action's schema, posted without JavaScript too; the application and the
 * version seen travel in hidden inputs. The page always renders this component, so after a
 * decision refreshes the page it keeps its success message instead of being replaced.
 */
export function DecisionPanel({ queue, applicationId, version, payment, reviewEnd, blocked, readyReasons }: Props) {
  const t = useTranslations("staffReview.decide");
  const approve = useActionForm({ action: approveAction, schema: approveFormSchema });
  const giveBack = useActionForm({ action: returnAction, schema: returnFormSchema, together: RETURN_REASON_FIELDS });
  const reject = useActionForm({ action: rejectAction, schema: rejectFormSchema });
  const done = [approve.state, giveBack.state, reject.state].find((s) => s?.ok);
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
  const pending = approve.pending || giveBack.pending || reject.pending;
  const rejectFailed = Boolean(reject.state && !reject.state.ok);
  return (
    <section aria-labelledby="decide" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="decide" className="text-lg font-semibold">
        {t("legend")}
      </h2>
      <FormFailureAlert failure={approve.formError} />
      <form {...approve.formProps} className="flex flex-wrap items-center gap-3">
        <input type="hidden" {...approve.fields.register("applicationId")} value={applicationId} />
        <input type="hidden" {...approve.fields.register("version")} value={version} />
        <Button type="submit" disabled={pending} data-shortcut="decide" aria-keyshortcuts="a">
          {t("approve")}
        </Button>
        <span className="text-sm text-slate-600">{t("approveHint", payment)}</span>
      </form>
      <ReturnForm
        form={giveBack}
        applicationId={applicationId}
        version={version}
        pending={pending}
        reviewEnd={reviewEnd}
        readyReasons={readyReasons}
      />
      <details className="rounded-md border border-red-200 p-3" open={rejectFailed}>
        <summary className="cursor-pointer font-medium text-red-800">{t("reject")}</summary>
        <form {...reject.formProps} className="mt-3 flex flex-col gap-3">
          <input type="hidden" {...reject.fields.register("applicationId")} value={applicationId} />
          <input type="hidden" {...reject.fields.register("version")} value={version} />
          <p className="text-sm text-slate-700">{t("rejectHint")}</p>
          <FormFailureAlert failure={reject.formError} />
          <FormField form={reject.fields} name="reason" id="reject-reason" label={t("rejectReason")}>
            {(props) => <textarea {...props} rows={3} maxLength={500} className={`${inputClass} py-2`} />}
          </FormField>
          <Button type="submit" variant="danger" disabled={pending}>
            {t("confirmReject")}
          </Button>
        </form>
      </details>
    </section>
  );
}

/**
 * 退回修改 (ADR 140): per field, the ready-made reasons to tick and the reviewer's own words, as
 * one schema; at least one reason anywhere, said under the first field's words.
 */
function ReturnForm({
  form,
  applicationId,
  version,
  pending,
  reviewEnd,
  readyReasons,
}: {
  form: ReturnType<typeof useActionForm<unknown, typeof returnFormSchema>>;
  applicationId: string;
  version: number;
  pending: boolean;
  reviewEnd: string;
  readyReasons: ReadyReason[];
}) {
  const t = useTranslations("staffReview.decide");
  const tw = useTranslations("staffWork.reasons");
  const tf = useTranslations("reviewFields");
  const failed = Boolean(form.state && !form.state.ok);
  return (
    <details className="rounded-md border border-amber-200 p-3" open={failed}>
      <summary className="cursor-pointer font-medium text-amber-900">{t("return")}</summary>
      <form {...form.formProps} className="mt-3 flex flex-col gap-3">
        <input type="hidden" {...form.fields.register("applicationId")} value={applicationId} />
        <input type="hidden" {...form.fields.register("version")} value={version} />
        <p className="text-sm text-slate-700">{t("returnHint", { end: reviewEnd })}</p>
        <FormFailureAlert failure={form.formError} />
        {RETURN_REASON_KEYS.map((key, i) => {
          const ready = readyReasons.filter((r) => r.field === key);
          return (
            <div key={key} className="flex flex-col gap-1 border-t border-amber-100 pt-2">
              {ready.length > 0 ? (
                <fieldset>
                  <legend className="text-sm text-slate-700">{tw("pickFor", { field: tf(key) })}</legend>
                  {ready.map((r) => (
                    <label key={r.id} className="flex min-h-9 items-start gap-2 text-sm">
                      <input
                        type="checkbox"
                        {...form.fields.register(pickField(key))}
                        value={r.id}
                        className="mt-1 size-5 shrink-0"
                      />
                      {r.text}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              <FormField
                form={form.fields}
                name={reasonField(key)}
                id={`reason-${key}`}
                label={t("reasonFor", { field: tf(key) })}
              >
                {(props) => (
                  <input
                    {...props}
                    data-shortcut={i === 0 ? "return-reason" : undefined}
                    aria-keyshortcuts={i === 0 ? "r" : undefined}
                    maxLength={300}
                    placeholder={ready.length > 0 ? tw("ownWords") : undefined}
                    className={inputClass}
                  />
                )}
              </FormField>
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

"use client";

import { Field, inputClass } from "@/components/ui/field";
import { UPLOAD_ACCEPT } from "@/lib/domain/upload-rules";

/**
 * Two fields of a bank receipt (五) that the candidate's and the institution's payment forms
 * ask alike; labels, hints and error texts come from each form's own messages.
 */
export function TransferDateField({
  id,
  label,
  error,
  today,
  typed,
}: {
  id: string;
  label: string;
  error: string | undefined;
  today: string;
  /** What was sent before the action refused it. */
  typed: string | undefined;
}) {
  return (
    <Field id={id} label={label} error={error}>
      {(a) => (
        <input {...a} name="transferDate" type="date" max={today} defaultValue={typed ?? today} className={inputClass} required />
      )}
    </Field>
  );
}

/** The receipt itself: a file input is never refilled, so it is chosen again after a refusal. */
export function ReceiptFileField({
  id,
  label,
  hint,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a) => <input {...a} name="receipt" type="file" accept={UPLOAD_ACCEPT} className="text-sm" required />}
    </Field>
  );
}

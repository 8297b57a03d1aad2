"use client";

import type { ChangeEventHandler, FormEvent, ReactNode } from "react";
import type { ActionForm, useActionForm } from "@/components/forms/use-action-form";
import { HiddenField } from "@/components/institution/hidden-field";
import { Button } from "@/components/ui/button";

type BatchForm = Pick<ReturnType<typeof useActionForm>, "formProps"> & { fields: ActionForm<"batchId"> };

/**
 * One file for a whole batch (the roster, the attachments zip), posted with the batch id to the
 * page's action through `useActionForm` (ADR 133, 138): without JavaScript the form posts to the
 * action, with it the batch id is checked by the action's schema first. `children` stand between
 * the hint and the button (a warning about the chosen file). `onSubmit` runs first and may take
 * the file another way once the page runs (`preventDefault`: the action is then not called).
 */
export function BatchFileForm({
  form,
  batchId,
  inputId,
  label,
  accept,
  hint,
  onFileChange,
  onSubmit,
  disabled,
  submitLabel,
  children,
}: {
  form: BatchForm;
  batchId: string;
  inputId: string;
  label: string;
  accept: string;
  hint: string;
  onFileChange?: ChangeEventHandler<HTMLInputElement>;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  disabled: boolean;
  submitLabel: string;
  children?: ReactNode;
}) {
  const hintId = `${inputId}-hint`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    onSubmit?.(event);
    if (!event.defaultPrevented) form.formProps.onSubmit(event);
  };
  return (
    <form {...form.formProps} onSubmit={submit} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <HiddenField form={form.fields} name="batchId" value={batchId} />
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      <input
        id={inputId}
        name="file"
        type="file"
        accept={accept}
        className="text-sm"
        aria-describedby={hintId}
        onChange={onFileChange}
      />
      <p id={hintId} className="text-sm text-slate-600">
        {hint}
      </p>
      {children}
      <Button type="submit" disabled={disabled}>
        {submitLabel}
      </Button>
    </form>
  );
}

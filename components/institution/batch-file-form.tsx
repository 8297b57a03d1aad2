"use client";

import type { ChangeEventHandler, FormEventHandler, ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * One file for a whole batch (the roster, the attachments zip), posted with the batch id to
 * the page's action; a plain `<form action>`, so it works before JavaScript loads. `children`
 * stand between the hint and the button (a warning about the chosen file). `onSubmit` may take
 * the file another way once the page runs (preventDefault: React then does not call the action).
 */
export function BatchFileForm({
  action,
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
  action: (formData: FormData) => void;
  batchId: string;
  inputId: string;
  label: string;
  accept: string;
  hint: string;
  onFileChange?: ChangeEventHandler<HTMLInputElement>;
  onSubmit?: FormEventHandler<HTMLFormElement>;
  disabled: boolean;
  submitLabel: string;
  children?: ReactNode;
}) {
  const hintId = `${inputId}-hint`;
  return (
    <form action={action} onSubmit={onSubmit} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="batchId" value={batchId} />
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      <input
        id={inputId}
        name="file"
        type="file"
        accept={accept}
        required
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

"use client";

import type { ReactNode } from "react";

/** An unticked consent box; it stays as the person left it when the form comes back. */
export function ConsentCheckbox({
  name,
  label,
  error,
  checked,
}: {
  name: string;
  label: ReactNode;
  error?: string | undefined;
  checked: boolean;
}) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          id={name}
          name={name}
          defaultChecked={checked}
          aria-invalid={Boolean(error)}
          aria-describedby={errorId}
          className="mt-1 size-4"
        />
        <span>{label}</span>
      </label>
      {error ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

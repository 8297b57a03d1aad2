"use client";

import { type FailedState, TextField } from "./text-field";

/**
 * The optional notification address (sign-up, inbox). A text input with the email keyboard,
 * not type="email": the browser's own check would answer first, in the browser's language and
 * without the example the portal's message gives (errors.email). No maxLength either: a pasted
 * address cut short by the browser could still look valid; the schema says when it is too long.
 */
export function EmailField({
  label,
  hint,
  state,
  defaultValue,
}: {
  label: string;
  hint?: string;
  state: FailedState;
  defaultValue?: string;
}) {
  return (
    <TextField
      name="email"
      label={label}
      hint={hint}
      state={state}
      type="text"
      inputMode="email"
      autoComplete="email"
      autoCapitalize="none"
      spellCheck={false}
      defaultValue={defaultValue}
    />
  );
}

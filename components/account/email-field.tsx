"use client";

import type { ActionForm } from "@/components/forms/use-action-form";
import { TextField } from "./text-field";

/**
 * The optional notification address (sign-up, inbox). A text input with the email keyboard,
 * not type="email": the browser's own check would answer first, in the browser's language and
 * without the example the portal's message gives (errors.email). No maxLength either: a pasted
 * address cut short by the browser could still look valid; the schema says when it is too long.
 */
export function EmailField({
  label,
  hint,
  defaultValue,
  form,
}: {
  label: string;
  hint?: string;
  defaultValue?: string;
  form: ActionForm<"email">;
}) {
  const input = {
    name: "email" as const,
    label,
    hint,
    type: "text",
    inputMode: "email" as const,
    autoComplete: "email",
    autoCapitalize: "none",
    spellCheck: false,
    defaultValue,
  };
  return <TextField {...input} form={form} />;
}

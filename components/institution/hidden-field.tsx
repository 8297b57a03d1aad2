"use client";

import type { ActionForm } from "@/components/forms/use-action-form";

/**
 * An id a `useActionForm` form posts to its unbound action (ADR 133): registered, so the
 * browser's check of the action's schema sees it as the server will (ADR 138).
 */
export function HiddenField<Name extends string>({ form, name, value }: { form: ActionForm<Name>; name: Name; value: string }) {
  return <input type="hidden" {...form.register(name)} value={value} />;
}

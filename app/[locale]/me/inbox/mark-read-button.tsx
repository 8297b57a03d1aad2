"use client";

import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { markReadSchema } from "@/lib/schemas/inbox-schema";
import { markReadAction } from "./actions";

/**
 * A button-only form (works without JavaScript) that marks one message, or all, read. Unbound,
 * the target in a hidden input (ADR 133, 142).
 */
export function MarkReadButton({ target, label, describedBy }: { target: string; label: string; describedBy?: string }) {
  const { pending, fields, formError, formProps } = useActionForm({ action: markReadAction, schema: markReadSchema });
  return (
    <form {...formProps}>
      <input type="hidden" {...fields.register("target")} defaultValue={target} />
      <Button
        type="submit"
        variant={target === "all" ? "secondary" : "link"}
        className={target === "all" ? "" : "text-sm"}
        aria-describedby={describedBy}
        disabled={pending}
      >
        {label}
      </Button>
      <FormFailureAlert failure={formError} />
    </form>
  );
}

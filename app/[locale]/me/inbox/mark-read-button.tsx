"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { markReadAction } from "./actions";

/** A small form (works without JavaScript) that marks one message, or all, read. */
export function MarkReadButton({ target, label, describedBy }: { target: string; label: string; describedBy?: string }) {
  const [, action, pending] = useActionState(markReadAction.bind(null, target), null);
  return (
    <form action={action}>
      <Button
        type="submit"
        variant={target === "all" ? "secondary" : "link"}
        className={target === "all" ? "" : "text-sm"}
        aria-describedby={describedBy}
        disabled={pending}
      >
        {label}
      </Button>
    </form>
  );
}

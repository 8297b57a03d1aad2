import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { alertRole, alertVariants, type AlertTone } from "./variants";

export function Alert({ className, tone = "info", ...props }: HTMLAttributes<HTMLDivElement> & { tone?: AlertTone }) {
  return <div role={alertRole(tone)} className={cn(alertVariants({ tone }), className)} {...props} />;
}

import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";

export function Alert({
  className,
  tone = "info",
  ...props
}: HTMLAttributes<HTMLDivElement> & { tone?: "info" | "error" | "success" }) {
  const tones = {
    info: "border-brand-600 bg-brand-50 text-brand-800",
    error: "border-red-700 bg-red-50 text-red-900",
    success: "border-green-700 bg-green-50 text-green-900",
  };
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("rounded-md border-l-4 p-3", tones[tone], className)}
      {...props}
    />
  );
}

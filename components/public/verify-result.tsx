import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** The verdict of a verification page: a large valid/invalid banner and, when valid, masked details only. */
export function VerifyResult({
  valid,
  title,
  rows,
  note,
}: {
  valid: boolean;
  title: string;
  rows: [string, string][];
  note?: ReactNode;
}) {
  return (
    <section
      role="status"
      aria-live="polite"
      className={cn("rounded-lg border-2 p-4", valid ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50")}
    >
      <p className={cn("text-xl font-bold", valid ? "text-green-900" : "text-red-900")}>
        <span aria-hidden="true">{valid ? "✓ " : "✗ "}</span>
        {title}
      </p>
      {rows.length > 0 ? (
        <dl className="mt-2 grid grid-cols-[6rem_1fr] gap-1">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-700">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {note ? <div className="mt-2 text-sm text-slate-700">{note}</div> : null}
    </section>
  );
}

import { LocalizedLink as Link } from "@/components/layout/localized-link";
import { cn } from "@/lib/cn";

export function YearPicker({ years, current, label }: { years: number[]; current: number; label: string }) {
  return (
    <nav aria-label={label} className="flex gap-2">
      {years.map((year) => (
        <Link
          key={year}
          href={`/calendar/${year}`}
          aria-current={year === current ? "page" : undefined}
          className={cn(
            "rounded border px-3 py-1.5",
            year === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white",
          )}
        >
          {year}
        </Link>
      ))}
    </nav>
  );
}

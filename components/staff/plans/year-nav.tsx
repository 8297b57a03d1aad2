import { Link } from "@/i18n/navigation";
import { cn } from "@/lib/cn";

/** Year tabs for a staff list page (the public YearPicker links to the calendar only). */
export function YearNav({
  years,
  current,
  label,
  pathname,
}: {
  years: number[];
  current: number;
  label: string;
  pathname: string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {years.map((year) => (
        <Link
          key={year}
          href={{ pathname, query: { year } }}
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

import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

/**
 * The table primitive (shadcn's shape, the portal's classes): the frame scrolls sideways within
 * itself on a phone (the page never does), `minWidth` keeps the columns readable, and `caption`
 * names the table for screen readers (visible when `showCaption`).
 */
export function Table({
  className,
  frameClassName,
  caption,
  showCaption = false,
  children,
  ...props
}: HTMLAttributes<HTMLTableElement> & { frameClassName?: string; caption?: string; showCaption?: boolean }) {
  return (
    <div className={cn("max-w-full overflow-x-auto", frameClassName)}>
      <table className={cn("w-full text-sm", className)} {...props}>
        {caption ? <caption className={showCaption ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function THead(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead {...props} />;
}

export function TBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody {...props} />;
}

/** A body row usually takes `border-t border-slate-100 align-top` (the portal's rows). */
export function TRow(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} />;
}

/** A column heading (`scope="col"`), or a row's heading cell with `scope="row"`. */
export function THeadCell({ className, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope={scope} className={cn("p-2", className)} {...props} />;
}

export function TCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("p-2", className)} {...props} />;
}

/** One column heading: its text, and how its cells align (numbers right, as the portal's tables do). */
export type Heading = string | { label: ReactNode; align?: "left" | "right" | "center"; className?: string; key?: string };

/**
 * The heading row from a list, so a table states its columns once instead of repeating the same
 * `<th scope="col">` block per column (issue 15: the tables' repeated headers).
 */
export function Headings({
  headings,
  className,
  cellClassName,
}: {
  headings: readonly (Heading | false | null | undefined)[];
  className?: string;
  cellClassName?: string;
}) {
  return (
    <thead className={cn("text-left", className)}>
      <tr>
        {headings.map((heading, i) => {
          if (!heading) return null;
          const h = typeof heading === "string" ? { label: heading } : heading;
          const align = h.align === "right" ? "text-right" : h.align === "center" ? "text-center" : undefined;
          return (
            <th key={h.key ?? i} scope="col" className={cn("p-2", align, cellClassName, h.className)}>
              {h.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

import type { ReactNode } from "react";

/** A staff page's title and what the page is for; `children` beside them (a year switch, a link). */
export function StaffPageHeader({ title, intro, children }: { title: string; intro: string; children?: ReactNode }) {
  const heading = (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="max-w-prose text-slate-700">{intro}</p>
    </>
  );
  if (!children) return heading;
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>{heading}</div>
      {children}
    </div>
  );
}

"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The phone header's menu: a <details>, so it opens without JavaScript. The header lives in the
 * layout and survives client navigation, so once the script runs it closes the menu when the page
 * changes (otherwise the chosen page opens under a still-open menu).
 */
export function HeaderMenu({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className={className}>
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border border-white/40 px-3 py-2 hover:bg-white/15 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true">☰</span>
        {label}
      </summary>
      {children}
    </details>
  );
}

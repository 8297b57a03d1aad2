import { Link } from "@/i18n/navigation";

export interface SectionLink {
  href: string;
  label: string;
}

const STYLES = {
  // An area's main sections: one scrolling row of tabs (a phone shows them all by swiping).
  tabs: {
    nav: "overflow-x-auto rounded-lg border border-slate-200 bg-white",
    list: "flex gap-1 p-1 whitespace-nowrap",
    link: "block rounded px-3 py-2 hover:bg-brand-50",
  },
  // Sub-sections inside an area: pills that wrap.
  pills: {
    nav: undefined,
    list: "flex flex-wrap gap-2 text-sm",
    link: "block rounded-full border border-slate-300 bg-white px-3 py-1 hover:bg-brand-50",
  },
} as const;

/** The navigation of the staff console, its admin pages and the institution area. Links only: every page checks access. */
export function SectionNav({ label, links, look }: { label: string; links: readonly SectionLink[]; look: keyof typeof STYLES }) {
  const style = STYLES[look];
  return (
    <nav aria-label={label} className={style.nav}>
      <ul className={style.list}>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className={style.link}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

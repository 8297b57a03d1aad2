import type { ComponentProps, ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];

/**
 * One item's way back to its queue and on to its neighbours, with the queue's filters in the
 * links. Plain links (they work before JavaScript loads); `Esc`, `p` and `n` click them.
 */
export async function QueueNav({
  back,
  backLabel,
  previous,
  next,
}: {
  back: Href;
  backLabel: ReactNode;
  previous: Href | null;
  next: Href | null;
}) {
  const t = await getTranslations("staff.keys.nav");
  const link = "text-sm text-brand-700 underline underline-offset-4";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <Link href={back} data-shortcut="back" aria-keyshortcuts="Escape" className={link}>
        ← {backLabel}
      </Link>
      {previous ? (
        <Link href={previous} data-shortcut="previous" aria-keyshortcuts="p" className={link}>
          ‹ {t("previous")}
        </Link>
      ) : null}
      {next ? (
        <Link href={next} data-shortcut="next" aria-keyshortcuts="n" className={link}>
          {t("next")} ›
        </Link>
      ) : null}
    </nav>
  );
}

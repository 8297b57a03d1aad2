import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import type { WhatNow } from "@/lib/domain/what-now";
import { whatNowLine, type WhatNowAudience } from "@/lib/domain/what-now-wording";

/**
 * Issue 16 item 6: the "what now" line of an application, whatever its state (lib/domain/what-now
 * decides; this only says it), to the candidate or, on the institution's candidate page, to the
 * clerk about the candidate (lib/domain/what-now-wording). On the candidate's page the edit, pay
 * and ticket buttons sit beside it already, so the line links only the calendar and the
 * certificate check; the clerk's line links the institution's own pages.
 */
export async function NextStep({ whatNow, audience = "candidate" }: { whatNow: WhatNow; audience?: WhatNowAudience }) {
  const t = await getTranslations();
  const line = whatNowLine(whatNow, audience);
  const link = line.link;
  return (
    <Alert tone="info">
      <p className="font-semibold">{t(audience === "clerk" ? "whatNowClerk.title" : "whatNow.title")}</p>
      <p data-testid="what-now">{t(line.message, line.params)}</p>
      {link ? (
        link.href.startsWith("#") ? (
          <a href={link.href} className="mt-1 inline-block text-brand-700 underline underline-offset-4">
            {t(link.label)}
          </a>
        ) : (
          <Link href={link.href} className="mt-1 inline-block text-brand-700 underline underline-offset-4">
            {t(link.label)}
          </Link>
        )
      ) : null}
    </Alert>
  );
}

import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import type { WhatNow } from "@/lib/domain/what-now";

/**
 * Issue 16 item 6: the "what now" line of an application, whatever its state (lib/domain/what-now
 * decides; this only says it). The edit, pay and ticket buttons sit beside it already; the line
 * adds the links those buttons do not cover: the calendar after an end, the certificate check.
 */
export async function NextStep({ whatNow }: { whatNow: WhatNow }) {
  const t = await getTranslations("whatNow");
  const link =
    whatNow.action === "calendar"
      ? { href: "/calendar", label: t("action.calendar") }
      : whatNow.action === "certificate"
        ? { href: "/verify/certificate", label: t("action.certificate") }
        : null;
  return (
    <Alert tone="info">
      <p className="font-semibold">{t("title")}</p>
      <p data-testid="what-now">{t(whatNow.key, whatNow.params)}</p>
      {link ? (
        <Link href={link.href} className="mt-1 inline-block text-brand-700 underline underline-offset-4">
          {link.label}
        </Link>
      ) : null}
    </Alert>
  );
}

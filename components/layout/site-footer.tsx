import { getTranslations } from "next-intl/server";
import { LocalizedLink } from "./localized-link";

export async function SiteFooter() {
  const [t, tp] = await Promise.all([getTranslations("common"), getTranslations("privacy")]);
  return (
    <footer className="mt-10 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
        <p className="font-medium">{t("center")}</p>
        <p className="mt-1">{t("footer")}</p>
        <p className="mt-1">
          <LocalizedLink href="/privacy" className="text-brand-700 underline underline-offset-4">
            {tp("link")}
          </LocalizedLink>
        </p>
      </div>
    </footer>
  );
}

import { getTranslations } from "next-intl/server";
import { LocalizedLink } from "@/components/layout/localized-link";

/**
 * A page that does not exist, in the page's language inside the portal's layout (the header
 * still offers the way on). Unknown paths reach it through `[...rest]`; a `notFound()` in a page
 * (someone else's application, a batch that is gone) lands here too.
 */
export default async function LocaleNotFound() {
  const t = await getTranslations("shell.notFound");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-3 py-8">
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <LocalizedLink href="/" className="text-brand-700 underline">
          {t("home")}
        </LocalizedLink>
      </p>
    </div>
  );
}

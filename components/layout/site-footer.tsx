import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="mt-10 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
        <p className="font-medium">{t("center")}</p>
        <p className="mt-1">{t("footer")}</p>
      </div>
    </footer>
  );
}

import { getTranslations } from "next-intl/server";

/** The staff-only file route (app/[locale]/staff/files/[fileId]/route.ts), with the locale prefix of as-needed routing. */
export function staffFileUrl(fileId: string, locale: string, download = false): string {
  return `${locale === "zh-CN" ? "" : `/${locale}`}/staff/files/${fileId}${download ? "?download" : ""}`;
}

export async function StaffFileLink({ fileId, locale }: { fileId: string; locale: string }) {
  const t = await getTranslations("staffReview.detail");
  return (
    <span className="flex gap-3 text-sm">
      <a
        href={staffFileUrl(fileId, locale)}
        target="_blank"
        rel="noopener"
        className="text-brand-700 underline underline-offset-4"
      >
        {t("openFile")}
      </a>
      <a href={staffFileUrl(fileId, locale, true)} className="text-brand-700 underline underline-offset-4">
        {t("download")}
      </a>
    </span>
  );
}

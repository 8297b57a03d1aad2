import { getTranslations } from "next-intl/server";

/** The staff-only file route (app/[locale]/staff/files/[fileId]/route.ts), with the locale prefix of as-needed routing. */
export function staffFileUrl(fileId: string, locale: string): string {
  return `${locale === "zh-CN" ? "" : `/${locale}`}/staff/files/${fileId}`;
}

/** The route always answers as a download (issue 6), so a plain link saves the file. */
export async function StaffFileLink({ fileId, locale }: { fileId: string; locale: string }) {
  const t = await getTranslations("staff.files");
  return (
    <a href={staffFileUrl(fileId, locale)} download className="self-start text-sm text-brand-700 underline underline-offset-4">
      {t("download")}
    </a>
  );
}

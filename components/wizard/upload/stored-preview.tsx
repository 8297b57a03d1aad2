"use client";

import { useTranslations } from "next-intl";
import type { StoredInfo } from "./upload-actions";

/** What is stored for a field: a thumbnail of an image, a PDF's page count, and a link to open it. */
export function StoredPreview({
  kind,
  label,
  stored,
  pages,
  previewUrl,
}: {
  kind: string;
  label: string;
  stored: StoredInfo | null;
  pages: number | null;
  previewUrl: string;
}) {
  const t = useTranslations("phoneUpload");
  const tw = useTranslations("wizard");
  if (!stored) {
    return (
      <p className="mt-1 text-sm" role="status">
        {tw("notUploaded")}
      </p>
    );
  }
  return (
    <div className="mt-2 flex items-start gap-3" data-testid={`stored-${kind}`}>
      {stored.mime.startsWith("image/") ? (
        // eslint-disable-next-line @next/next/no-img-element -- the applicant's own file from the portal, not an optimisable asset
        <img
          src={previewUrl}
          alt={t("storedAlt", { label })}
          className="h-28 w-auto max-w-[40%] rounded border bg-slate-50 object-contain"
        />
      ) : null}
      <div className="flex flex-col gap-1 text-sm">
        <p role="status">{tw("uploaded", { size: Math.round(stored.size / 1024) })}</p>
        {stored.mime === "application/pdf" ? <p>{pages ? t("pdfPages", { pages }) : t("pdf")}</p> : null}
        <a href={previewUrl} className="text-brand-700 underline underline-offset-4">
          {t("open")}
        </a>
      </div>
    </div>
  );
}

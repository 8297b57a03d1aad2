"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { formatFileSize } from "@/lib/domain/upload-rules";
import type { Area } from "@/lib/domain/photo-fit";
import { Button } from "@/components/ui/button";
import type { Fitted } from "./browser-fit";

const PhotoCropper = dynamic(() => import("./photo-cropper"), { ssr: false });

/** A chosen image being fitted in the browser (ADR 092): the original and the fitted one side by side. */
export interface Preparing {
  original: File;
  originalUrl: string;
  crop: boolean;
  fitting: boolean;
  fitted: (Fitted & { url: string }) | null;
  fitFailed: boolean;
}

/**
 * The candidate's choice between the fitted image and the original (and the photo's crop): the
 * field uploads the one chosen, or goes back to choosing a file.
 */
export function FitChoice({
  kind,
  preparing,
  onCrop,
  onUseFitted,
  onUseOriginal,
  onCancel,
}: {
  kind: string;
  preparing: Preparing;
  onCrop: (area: Area) => void;
  onUseFitted: (fitted: Fitted) => void;
  onUseOriginal: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("phoneUpload");
  const { fitted } = preparing;
  return (
    <div className="mt-3 flex flex-col gap-3" data-testid={`fit-${kind}`}>
      {preparing.crop ? <PhotoCropper imageUrl={preparing.originalUrl} onCrop={onCrop} /> : null}
      <div className="grid grid-cols-2 gap-2">
        <figure className="flex flex-col gap-1">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local preview of the chosen file */}
          <img src={preparing.originalUrl} alt={t("originalAlt")} className="h-36 w-full rounded border object-contain" />
          <figcaption className="text-xs text-slate-700">
            {t("original", { size: formatFileSize(preparing.original.size) })}
          </figcaption>
        </figure>
        <figure className="flex flex-col gap-1">
          {fitted ? (
            // eslint-disable-next-line @next/next/no-img-element -- the fitted image made in this browser
            <img src={fitted.url} alt={t("fittedAlt")} className="h-36 w-full rounded border object-contain" />
          ) : (
            <div className="flex h-36 items-center justify-center rounded border text-xs text-slate-600">
              {preparing.fitFailed ? t("fitFailed") : t("fitting")}
            </div>
          )}
          <figcaption className="text-xs text-slate-700" aria-live="polite">
            {fitted ? t("fitted", { size: formatFileSize(fitted.file.size), width: fitted.width, height: fitted.height }) : null}
          </figcaption>
        </figure>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={!fitted || preparing.fitting} onClick={() => fitted && onUseFitted(fitted)}>
          {t("useFitted")}
        </Button>
        <Button type="button" variant="secondary" onClick={onUseOriginal}>
          {t("useOriginal")}
        </Button>
        <Button type="button" variant="link" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}

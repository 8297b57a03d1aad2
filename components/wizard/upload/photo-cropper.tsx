"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import Cropper, { type Area, type Point } from "react-easy-crop";
import { PHOTO_ASPECT } from "@/lib/domain/photo-fit";

/**
 * The 1-inch crop (25 × 35 mm) of the candidate photo (issue 16): drag to move, pinch, wheel or
 * the slider to zoom; arrow keys move it too. Reports the crop in the picture's own pixels.
 */
export default function PhotoCropper({ imageUrl, onCrop }: { imageUrl: string; onCrop: (area: Area) => void }) {
  const t = useTranslations("phoneUpload");
  const [crop, setCrop] = useState<Point>({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(1);
  return (
    <div className="flex flex-col gap-2" data-testid="photo-crop">
      <p className="text-sm text-slate-700">{t("cropHint")}</p>
      <div className="relative h-72 w-full overflow-hidden rounded bg-slate-800">
        <Cropper
          image={imageUrl}
          crop={crop}
          zoom={zoom}
          aspect={PHOTO_ASPECT}
          maxZoom={4}
          onCropChange={setCrop}
          onZoomChange={setZoom}
          onCropComplete={(_area, pixels) => onCrop(pixels)}
          mediaProps={{ alt: t("cropImageAlt") }}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        {t("zoom")}
        <input
          type="range"
          min={1}
          max={4}
          step={0.05}
          value={zoom}
          onChange={(e) => setZoom(Number(e.target.value))}
          className="w-full"
        />
      </label>
    </div>
  );
}

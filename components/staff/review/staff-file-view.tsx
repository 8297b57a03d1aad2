"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { cn } from "@/lib/cn";

/**
 * A stored file shown in the staff page (issue 5) although the file route always answers
 * `Content-Disposition: attachment` (issue 6, ADR 046). An <img> renders whatever the
 * disposition; a PDF is fetched and framed from a blob: URL of our own making, which the staff
 * pages' CSP allows (`frame-src blob:`, next.config.ts).
 */
export function StaffFileView({
  url,
  mime,
  label,
  small = false,
}: {
  url: string;
  mime: string;
  label: string;
  small?: boolean;
}) {
  if (mime.startsWith("image/")) return <ZoomableImage url={url} label={label} small={small} />;
  if (mime === "application/pdf") return <PdfFrame url={url} label={label} />;
  return null;
}

function ZoomableImage({ url, label, small }: { url: string; label: string; small: boolean }) {
  const t = useTranslations("staff.files");
  const [zoomed, setZoomed] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        aria-pressed={zoomed}
        onClick={() => setZoomed(!zoomed)}
        className="self-start text-sm text-brand-700 underline underline-offset-4"
      >
        {zoomed ? t("zoomOut") : t("zoomIn")}
      </button>
      <div className={cn(zoomed && "max-h-[80vh] overflow-auto rounded border")}>
        {/* eslint-disable-next-line @next/next/no-img-element -- served by the staff file route, not optimizable */}
        <img
          src={url}
          alt={label}
          className={cn(zoomed ? "w-[200%] max-w-none" : small ? "max-h-64 w-auto rounded border" : "w-full rounded border")}
        />
      </div>
    </div>
  );
}

type Pdf = { state: "loading" } | { state: "shown"; src: string } | { state: "failed" };

function PdfFrame({ url, label }: { url: string; label: string }) {
  const t = useTranslations("staff.files");
  const [pdf, setPdf] = useState<Pdf>({ state: "loading" });
  useEffect(() => {
    const abort = new AbortController();
    let objectUrl: string | null = null;
    fetch(url, { credentials: "same-origin", cache: "no-store", signal: abort.signal })
      .then(async (response) => {
        // Only what the server itself calls a PDF is framed; anything else stays a download.
        if (!response.ok || response.headers.get("content-type") !== "application/pdf") throw new Error(String(response.status));
        const bytes = await response.arrayBuffer();
        if (abort.signal.aborted) return;
        objectUrl = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
        setPdf({ state: "shown", src: objectUrl });
      })
      .catch(() => {
        if (!abort.signal.aborted) setPdf({ state: "failed" });
      });
    return () => {
      abort.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  if (pdf.state === "shown")
    return <iframe src={pdf.src} title={label} loading="lazy" className="h-[36rem] w-full rounded border" />;
  return (
    <p role={pdf.state === "failed" ? "alert" : "status"} className="text-sm text-slate-600">
      {pdf.state === "failed" ? t("failed") : t("loading")}
    </p>
  );
}

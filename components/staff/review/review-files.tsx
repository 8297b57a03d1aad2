import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ATTACHMENT_KINDS } from "@/lib/domain/attachments";
import type { ReviewApplicationDto } from "@/lib/server/review/get-review-application";
import { StaffFileLink, staffFileUrl } from "./staff-file";
import { StaffFileView } from "./staff-file-view";

/** The right column: every attachment kind shown in the page (images zoomable, PDFs framed), each downloadable. */
export async function ReviewFiles({ app, locale }: { app: ReviewApplicationDto; locale: string }) {
  const [t, ta] = await Promise.all([getTranslations("staffReview.detail"), getTranslations("attachments")]);
  const changed = new Set(app.changedSinceReturn);
  const byKind = new Map(app.attachments.map((a) => [a.kind, a]));
  return (
    <Card aria-labelledby="review-files" className="flex flex-col gap-4">
      <h2 id="review-files" className="text-lg font-semibold">
        {t("files")}
      </h2>
      {ATTACHMENT_KINDS.map((kind) => {
        const file = byKind.get(kind);
        if (!file && kind === "EVIDENCE" && !app.condition?.evidence) return null;
        return (
          <figure
            key={kind}
            aria-label={ta(kind)}
            className="flex flex-col gap-1 border-t border-slate-100 pt-3 first-of-type:border-0"
          >
            <figcaption className="flex flex-wrap items-center gap-2 font-medium">
              {ta(kind)}
              {changed.has(kind) ? <Badge tone="warning">{t("changed")}</Badge> : null}
              {file ? (
                <span className="text-sm font-normal text-slate-600">{t("size", { kb: Math.round(file.size / 1024) })}</span>
              ) : null}
            </figcaption>
            {file ? (
              <>
                <StaffFileView
                  url={staffFileUrl(file.fileId, locale)}
                  mime={file.mime}
                  label={ta(kind)}
                  small={kind === "PHOTO"}
                />
                <StaffFileLink fileId={file.fileId} locale={locale} />
              </>
            ) : (
              <p className="text-sm text-red-800">{t("noFile")}</p>
            )}
          </figure>
        );
      })}
    </Card>
  );
}

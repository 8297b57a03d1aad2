import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffFileLink } from "@/components/staff/review/staff-file";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { formatFileSize } from "@/lib/domain/upload-rules";
import { paperworkPage } from "@/lib/server/paperwork/paper-originals";
import { PaperArrivalForm } from "./_components/paper-arrival-form";
import { PaperworkBatchFilter } from "./_components/paperwork-batch-filter";
import { paperworkQuerySchema } from "@/lib/schemas/staff-filter-schemas";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("paperwork.staff");
  return { title: t("title") };
}

/** 四(一)2 (issue 13 item 6): institutions' stamped scans, and the arrival of their paper originals. */
export default async function PaperworkPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tk] = await Promise.all([getTranslations("paperwork.staff"), getTranslations("institution.documents.kinds")]);
  const actor = await staffPage("REVIEWER", "/staff/paperwork");
  if (!actor) return <Forbidden role="REVIEWER" />;
  const today = shanghaiDate(now());
  const { batch: asked } = paperworkQuerySchema.parse(await searchParams);
  const { batches, selected, institutions: rows } = await paperworkPage(actor, asked, today);
  if (!selected) return <p role="status">{t("noBatch")}</p>;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <PaperworkBatchFilter batches={batches} selected={selected.id} />
      {rows.length === 0 ? <p role="status">{t("empty")}</p> : null}
      {rows.map((row) => (
        <Card key={row.institutionId} aria-labelledby={`inst-${row.institutionId}`}>
          <h2 id={`inst-${row.institutionId}`} className="text-lg font-semibold">
            {row.institutionName}
          </h2>
          <p className="text-sm text-slate-600">{t("applications", { count: row.applications })}</p>
          {row.documents.map((d) => (
            <section
              key={d.kind}
              aria-label={`${row.institutionName} ${tk(d.kind)}`}
              className="mt-3 border-t border-slate-200 pt-2"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">{tk(d.kind)}</h3>
                {d.paper ? (
                  <Badge tone="success">{t("received", { day: d.paper.receivedOn, by: d.paper.recordedBy ?? "—" })}</Badge>
                ) : (
                  <Badge tone="warning">{t("pending")}</Badge>
                )}
              </div>
              {d.scan ? (
                <p className="text-sm">
                  {t("scan", { name: d.scan.name, size: formatFileSize(d.scan.size) })}{" "}
                  <StaffFileLink fileId={d.scan.fileId} locale={locale} />
                </p>
              ) : (
                <p className="text-sm text-slate-600">{t("noScan")}</p>
              )}
              {d.paper?.deliveredBy ? <p className="text-sm">{t("deliveredByValue", { by: d.paper.deliveredBy })}</p> : null}
              {d.paper?.notes ? <p className="text-sm">{t("notesValue", { notes: d.paper.notes })}</p> : null}
              <PaperArrivalForm
                target={{ institutionId: row.institutionId, batchId: selected.id, kind: d.kind }}
                today={today}
                recorded={d.paper !== null}
              />
            </section>
          ))}
        </Card>
      ))}
    </div>
  );
}

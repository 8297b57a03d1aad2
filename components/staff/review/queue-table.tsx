import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/applications/status-badge";
import { QUEUE_ROW } from "@/components/staff/keys/queue-row";
import { Badge } from "@/components/ui/badge";
import { Headings, Table, TBody, TRow, TCell } from "@/components/ui/table";
import { Link } from "@/i18n/navigation";
import type { ReviewQueueRow } from "@/lib/server/review/list-review-queue";
import { DueBadge } from "./due-badge";
import { EligibilityBadge } from "./eligibility-badge";
import { projectName } from "@/lib/domain/catalog/names";

/**
 * One row per application, in due-date order. The candidate's name is the link to the review
 * screen, so Tab walks the queue top to bottom (and j / k, ADR 046); clean rows have a checkbox
 * for bulk approval. The links carry the queue's filters (`search`), so the review screen's
 * next / previous and its way back stay in the same filtered queue.
 */
export async function QueueTable({ rows, search }: { rows: ReviewQueueRow[]; search: Record<string, string> }) {
  const locale = await getLocale();
  const [t, tc] = await Promise.all([getTranslations("staffReview"), getTranslations("common")]);
  if (rows.length === 0) return <p role="status">{t("empty")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="text-left">
      <Headings
        className="bg-slate-100"
        headings={[
          { label: <span className="sr-only">{t("columns.select")}</span>, key: "select" },
          t("columns.candidate"),
          t("columns.project"),
          t("columns.channel"),
          t("columns.due"),
          t("columns.eligibility"),
        ]}
      />
      <TBody>
        {rows.map((row) => (
          <TRow key={row.id} data-queue-row className={QUEUE_ROW}>
            <TCell>
              {row.clean ? (
                <input
                  type="checkbox"
                  name="item"
                  value={`${row.id}:${row.version}`}
                  aria-label={`${t("columns.select")} ${row.candidateName}`}
                  className="size-5"
                />
              ) : null}
            </TCell>
            <TCell>
              <Link
                href={{ pathname: `/staff/review/${row.id}`, query: search }}
                data-queue-open
                className="font-medium text-brand-700 underline underline-offset-4"
              >
                {row.candidateName}
              </Link>
              <span className="block font-mono text-xs text-slate-600">{row.maskedIdNumber}</span>
              {row.resubmitted ? (
                <Badge tone="info" className="mt-1">
                  {t("resubmitted")}
                </Badge>
              ) : null}
            </TCell>
            <TCell>
              {tc("batchLabel", row.batch)}
              <span className="block">
                {row.project.seq}. {projectName(row.project.name, locale)}
              </span>
            </TCell>
            <TCell>
              {t(`channel.${row.channel}`)}
              {row.institutionName ? <span className="block text-xs text-slate-600">{row.institutionName}</span> : null}
            </TCell>
            <TCell>
              {row.status === "SUBMITTED" ? (
                <>
                  <span className="block">{row.reviewDueDate ?? "—"}</span>
                  <DueBadge days={row.workingDaysLeft} />
                </>
              ) : (
                <StatusBadge status={row.status} />
              )}
            </TCell>
            <TCell>
              <EligibilityBadge result={row.eligibility} />
            </TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}

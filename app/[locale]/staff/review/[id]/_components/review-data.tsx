import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { educationProofText } from "@/lib/domain/education-proof";
import { formatDateTime } from "@/lib/i18n/format";
import type { ReviewApplicationDto } from "@/lib/server/review/get-review-application";
import { projectName } from "@/lib/domain/catalog/names";
import { conditionText } from "@/lib/domain/catalog/names";
import { Typed } from "@/components/i18n/quoted";

/** The left column: who, which plan, the data typed in, each field marked when it changed since a return. */
export async function ReviewData({ app }: { app: ReviewApplicationDto }) {
  const locale = await getLocale();
  const [t, tf, te, tc] = await Promise.all([
    getTranslations("staffReview"),
    getTranslations("reviewFields"),
    getTranslations("education"),
    getTranslations("common"),
  ]);
  const p = app.personal;
  const changed = new Set(app.changedSinceReturn);
  const rows: [string, string, string | null][] = [
    [t("detail.idNumber"), app.candidate.idNumber, null],
    [t("detail.mobile"), app.candidate.mobile ?? "—", null],
    [t("detail.channel"), t(`channel.${app.channel}`) + (app.institutionName ? `（${app.institutionName}）` : ""), null],
    [t("detail.batch"), tc("batchLabel", { year: app.batch.year, seq: app.batch.seq }), null],
    [t("detail.project"), `${app.project.seq}. ${projectName(app.project.name, locale)}`, null],
    [tf("condition"), app.condition ? conditionText(app.condition.text, locale) : "—", "condition"],
    [tf("education"), p.education ? te(p.education) + (p.graduatingThisYear ? " ✓" : "") : "—", "education"],
    [tf("school"), p.school ?? "—", "school"],
    [tf("major"), p.major ?? "—", "major"],
    [tf("graduationYear"), p.graduationYear ? String(p.graduationYear) : "—", "graduationYear"],
    [tf("occupation"), p.occupation ?? "—", "occupation"],
    [tf("employer"), p.employer ?? "—", "employer"],
    [tf("address"), p.address ?? "—", "address"],
    [
      tf("educationProofCase"),
      p.educationProofCase ? (educationProofText(p.educationProofCase, locale)?.situation ?? "—") : "—",
      "educationProofCase",
    ],
    [t("detail.submittedAt"), app.submittedAt ? formatDateTime(app.submittedAt, locale) : "—", null],
    [t("detail.due"), app.reviewDueDate ?? "—", null],
    [t("detail.reviewWindow"), t("detail.reviewWindowValue", { ...app.batch.review }), null],
  ];
  return (
    <Card aria-labelledby="review-data">
      <h2 id="review-data" className="text-lg font-semibold">
        {t("detail.data")}
      </h2>
      <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2 text-sm">
        {rows.map(([label, value, key]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className={key && changed.has(key) ? "rounded bg-amber-50 px-1" : undefined}>
              <Typed text={value} />
              {key && changed.has(key) ? (
                <Badge tone="warning" className="ml-2">
                  {t("detail.changed")}
                </Badge>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

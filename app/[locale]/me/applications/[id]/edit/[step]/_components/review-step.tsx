import { getLocale, getTranslations } from "next-intl/server";
import { Typed } from "@/components/i18n/quoted";
import { Card } from "@/components/ui/card";
import { missingAttachments } from "@/lib/domain/attachments";
import { conditionText } from "@/lib/domain/catalog/names";
import { educationProofText } from "@/lib/domain/education-proof";
import type { WizardApplicationDto } from "@/lib/server/applications/get-application";
import { SubmitPanel } from "./submit-panel";

/** Everything on one screen before submitting (四(二)2 "信息务必完整准确"). */
export async function ReviewStep({ application }: { application: WizardApplicationDto }) {
  const [t, te, ta, tf, tr] = await Promise.all([
    getTranslations("wizard"),
    getTranslations("education"),
    getTranslations("attachments"),
    getTranslations("reviewFields"),
    getTranslations("earlyEligibility"),
  ]);
  const locale = await getLocale();
  const fileUrl = (kind: string) =>
    `/api/applications/${encodeURIComponent(application.id)}/attachments/${encodeURIComponent(kind)}`;
  const photo = application.attachments.find((a) => a.kind === "PHOTO");
  const p = application.personal;
  const missing = missingAttachments(
    application.condition?.rule ?? null,
    application.attachments.map((a) => a.kind),
  );
  const rows: [string, string][] = [
    [tf("condition"), application.condition ? conditionText(application.condition.text, locale) : "—"],
    [tf("education"), p.education ? te(p.education) + (p.graduatingThisYear ? `（${t("graduatingThisYear")}）` : "") : "—"],
    [tf("school"), p.school ?? "—"],
    [tf("major"), p.major ?? "—"],
    [tf("graduationYear"), p.graduationYear ? String(p.graduationYear) : "—"],
    [tf("occupation"), p.occupation ?? "—"],
    [tf("employer"), p.employer ?? "—"],
    [tf("address"), p.address ?? "—"],
    [tf("educationProofCase"), p.educationProofCase ? (educationProofText(p.educationProofCase, locale)?.situation ?? "—") : "—"],
  ];
  return (
    <div className="flex flex-col gap-4">
      <p className="text-slate-700">{t("reviewIntro")}</p>
      {/* Issue 16 item 5: who is applying, as the center will see them: name, masked ID number, photo. */}
      <Card>
        <div className="flex flex-wrap gap-4" data-testid="review-identity">
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element -- the applicant's own file from the portal, not an optimisable asset
            <img
              src={`${fileUrl("PHOTO")}?v=${photo.size}`}
              alt={tr("reviewPhoto")}
              className="h-[7rem] w-[5rem] shrink-0 rounded border border-slate-300 object-cover"
            />
          ) : (
            <p className="flex h-[7rem] w-[5rem] shrink-0 items-center rounded border border-dashed border-slate-400 p-1 text-center text-xs text-slate-600">
              {tr("noPhoto")}
            </p>
          )}
          <dl className="grid min-w-0 grid-cols-[auto_minmax(0,1fr)] content-start gap-x-3 gap-y-1">
            <dt className="text-slate-600">{tr("reviewIdentity")}</dt>
            <dd className="font-semibold">{application.candidate.name}</dd>
            <dt className="text-slate-600">{tr("reviewIdNumber")}</dt>
            <dd className="font-mono break-all">{application.candidate.maskedIdNumber}</dd>
          </dl>
        </div>
      </Card>
      <Card>
        <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3 gap-y-2">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd>
                {/* Chinese left here on an English page is what the candidate typed (a school, an address). */}
                <Typed text={value} />
              </dd>
            </div>
          ))}
          <dt className="text-slate-600">{t("steps.attachments")}</dt>
          <dd>
            <ul>
              {application.attachments.map((a) => (
                <li key={a.kind}>
                  <a href={fileUrl(a.kind)} target="_blank" rel="noopener" className="underline underline-offset-4">
                    {ta(a.kind)}
                  </a>
                  （<Typed text={a.originalName} />，{Math.round(a.size / 1024)} KB）
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </Card>
      {missing.length > 0 ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-950">
          {t("missing")} {missing.map((k) => ta(k)).join("、")}
        </p>
      ) : null}
      <SubmitPanel applicationId={application.id} returned={application.fixingReturn} />
    </div>
  );
}

import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationHeading, ResultLine, ReviewOutcome } from "@/components/applications/application-summary";
import { Countdown } from "@/components/applications/countdown";
import { Timeline } from "@/components/applications/timeline";
import { NextStep } from "@/components/applications/next-step";
import { CandidateConditionForm } from "@/app/[locale]/institution/candidates/[id]/_components/candidate-condition-form";
import { CandidatePersonalForm } from "@/app/[locale]/institution/candidates/[id]/_components/candidate-personal-form";
import { CandidateSubmit } from "@/app/[locale]/institution/candidates/[id]/_components/candidate-submit";
import { Card } from "@/components/ui/card";
import { UploadField } from "@/components/wizard/upload-field";
import { uploadAttachmentFormAction } from "@/app/[locale]/me/applications/[id]/actions";
import { AppError } from "@/lib/app-error";
import { requiredAttachments } from "@/lib/domain/attachments";
import { getApplication } from "@/lib/server/applications/get-application";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { loadProjectDef } from "@/lib/server/eligibility/check-eligibility";
import { loadCandidateIdentity } from "@/lib/server/institution/candidates/correct-candidate";
import { IdentityForm, RevealIdNumber, WithdrawForm } from "./_components/candidate-corrections";
import { conditionText } from "@/lib/domain/catalog/names";
import { institutionPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

/** One candidate of the institution: the same timeline and deadline the candidate sees, and the fixes the institution may make. */
export default async function InstitutionCandidatePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await institutionPage(`/institution/candidates/${id}`);
  const today = todayInBeijing();
  const a = await getApplication(actor, id, today).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, ta, ti] = await Promise.all([
    getTranslations("applications"),
    getTranslations("attachments"),
    getTranslations("institution.candidate"),
  ]);
  // The DTO's abilities (lib/domain/abilities.ts), the verdicts loadEditableApplication and withdraw ask.
  const editable = a.canEdit;
  const project = editable ? await loadProjectDef(a.project.seq) : null;
  const identity = editable ? await loadCandidateIdentity(actor, a.id) : null;
  const sizes = new Map(a.attachments.map((x) => [x.kind as string, x.size]));
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{ti("title", { name: a.candidate.name })}</h1>
      <Card>
        <ApplicationHeading application={a} />
        {a.condition ? (
          <p className="mt-1 text-sm text-slate-700">
            {ti("conditionIs", { code: a.condition.code, text: conditionText(a.condition.text, locale) })}
          </p>
        ) : null}
        {a.reviewDueDate && a.status === "SUBMITTED" ? (
          <p className="mt-1 text-sm">{t("reviewDue", { date: a.reviewDueDate })}</p>
        ) : null}
        {a.nextDeadline ? <Countdown deadline={a.nextDeadline} today={today} /> : null}
        {a.ticketNumber ? (
          <p className="mt-1 text-sm">
            {t("ticketNumber")}：<span className="font-mono">{a.ticketNumber}</span>
          </p>
        ) : null}
        <ResultLine application={a} className="mt-1" />
        <div className="mt-2">
          <RevealIdNumber applicationId={a.id} />
        </div>
      </Card>
      <ReviewOutcome application={a} />
      {/* Issue 16: the candidate's what-now (ADR 116), said to the clerk about the candidate (ADR 126). */}
      <NextStep whatNow={a.whatNow} audience="clerk" />
      {editable ? (
        <section aria-labelledby="fix" className="flex flex-col gap-3">
          <h2 id="fix" className="text-lg font-semibold">
            {a.fixingReturn ? ti("fixReturned") : ti("complete")}
          </h2>
          {identity?.correctable ? <IdentityForm applicationId={a.id} name={identity.name} mobile={identity.mobile} /> : null}
          {project && project.conditions.length > 1 ? (
            <CandidateConditionForm
              applicationId={a.id}
              selected={a.condition?.code ?? null}
              conditions={project.conditions.map((c) => ({ code: c.code, text: conditionText(c.text, locale) }))}
            />
          ) : null}
          <CandidatePersonalForm applicationId={a.id} personal={a.personal} />
          {requiredAttachments(a.condition?.rule ?? null).map((kind) => (
            <UploadField
              key={kind}
              applicationId={a.id}
              kind={kind}
              label={ta(kind)}
              uploadedSize={sizes.get(kind) ?? null}
              returnReason={a.returnReasons?.[kind]}
              uploadAction={uploadAttachmentFormAction}
            />
          ))}
          <CandidateSubmit applicationId={a.id} returned={a.fixingReturn} />
        </section>
      ) : null}
      {a.canWithdraw ? <WithdrawForm applicationId={a.id} /> : null}
      <Timeline events={a.timeline} />
    </div>
  );
}

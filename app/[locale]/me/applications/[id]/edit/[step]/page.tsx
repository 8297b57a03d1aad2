import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReturnReasons } from "@/components/applications/return-reasons";
import { AttachmentsStep } from "@/app/[locale]/me/applications/[id]/edit/[step]/_components/attachments-step";
import { ConditionStep } from "@/app/[locale]/me/applications/[id]/edit/[step]/_components/condition-step";
import { PersonalStep } from "@/app/[locale]/me/applications/[id]/edit/[step]/_components/personal-step";
import { PledgeStep } from "@/app/[locale]/me/applications/[id]/edit/[step]/_components/pledge-step";
import { ReviewStep } from "@/app/[locale]/me/applications/[id]/edit/[step]/_components/review-step";
import { WizardNav } from "@/app/[locale]/me/applications/[id]/edit/[step]/_components/wizard-nav";
import { redirect } from "@/i18n/navigation";
import { deleteAttachmentAction, saveUploadsFormAction, uploadAttachmentFormAction } from "../../actions";
import { AppError } from "@/lib/app-error";
import { getWizardApplication } from "@/lib/server/applications/get-application";
import { WIZARD_STEPS, type WizardStep } from "@/lib/server/applications/update-application";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { loadProjectDef } from "@/lib/server/eligibility/check-eligibility";
import { needsUploadConsent } from "@/lib/server/privacy/upload-consent";
import { projectName } from "@/lib/domain/catalog/names";
import { evidenceText } from "@/lib/domain/catalog/names";
import { accountPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

export default async function WizardStepPage({ params }: { params: Promise<{ locale: string; id: string; step: string }> }) {
  const { locale, id, step } = await params;
  setRequestLocale(locale);
  if (!WIZARD_STEPS.includes(step as WizardStep)) notFound();
  const actor = await accountPage(`/me/applications/${id}/edit/${step}`);
  const current = step as WizardStep;
  const uploads = current === "photo" || current === "attachments";
  // Independent reads start together (ADR 146); the consent's answer is used only if the page is shown.
  const consent = uploads ? needsUploadConsent(actor) : Promise.resolve(false);
  consent.catch(() => undefined);
  const [application, t, tc] = await Promise.all([
    getWizardApplication(actor, id, todayInBeijing()).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    getTranslations("wizard"),
    getTranslations("common"),
  ]);
  // The DTO's ability (lib/domain/abilities.ts) decides; the detail page says why not.
  if (!application.canEdit) return redirect({ href: `/me/applications/${id}`, locale });
  // Only the condition step lists the project's conditions.
  const [project, needsConsent] = await Promise.all([
    current === "condition" ? loadProjectDef(application.project.seq) : null,
    consent,
  ]);

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <p className="text-sm text-slate-600">
        {tc("batchLabel", { year: application.batch.year, seq: application.batch.seq })} ·{" "}
        {projectName(application.project.name, locale)}
      </p>
      <WizardNav
        applicationId={id}
        current={current}
        reached={application.fixingReturn ? WIZARD_STEPS.length : application.draftStep}
      />
      <h1 className="text-2xl font-bold">{t(`steps.${current}`)}</h1>
      {application.returnReasons ? <ReturnReasons reasons={application.returnReasons} /> : null}
      {current === "condition" ? (
        <ConditionStep
          applicationId={id}
          selected={application.condition?.code ?? null}
          conditions={(project?.conditions ?? []).map((c) => ({
            code: c.code,
            text: locale === "en" ? c.textEn : c.text,
            evidence: c.evidence ? evidenceText(c.evidence, locale) : null,
          }))}
        />
      ) : null}
      {current === "personal" ? (
        <PersonalStep applicationId={id} personal={application.personal} rule={application.condition?.rule.kind ?? null} />
      ) : null}
      {uploads ? (
        <AttachmentsStep
          application={application}
          photoOnly={current === "photo"}
          needsConsent={needsConsent}
          uploadAction={uploadAttachmentFormAction}
          deleteAction={deleteAttachmentAction}
          saveAction={saveUploadsFormAction}
        />
      ) : null}
      {current === "pledge" ? <PledgeStep applicationId={id} accepted={application.pledgeAcceptedAt !== null} /> : null}
      {current === "review" ? <ReviewStep application={application} /> : null}
    </div>
  );
}

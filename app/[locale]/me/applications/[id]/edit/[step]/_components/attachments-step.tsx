import { getLocale, getTranslations } from "next-intl/server";
import { requiredAttachments } from "@/lib/domain/attachments";
import { evidenceText } from "@/lib/domain/catalog/names";
import { educationProofText } from "@/lib/domain/education-proof";
import type { WizardApplicationDto } from "@/lib/server/applications/get-application";
import { UploadConsentForm } from "@/app/[locale]/me/applications/[id]/edit/[step]/_components/upload-consent-form";
import { PhoneUploadField, type DeleteAction, type UploadFormAction } from "@/components/wizard/upload/phone-upload-field";
import { SaveAndContinue, UploadGuard, type SaveUploadsAction } from "@/components/wizard/upload/upload-guard";

/** The photo step and the documents step (四(二)2) share this list of upload fields. */
export async function AttachmentsStep({
  application,
  photoOnly,
  needsConsent,
  uploadAction,
  deleteAction,
  saveAction,
}: {
  application: WizardApplicationDto;
  photoOnly: boolean;
  /** Issue 11: no current separate consent to sensitive data: the form asks it before any upload field. */
  needsConsent: boolean;
  /** The page's server actions (components do not import from app/): the fields' posts without JavaScript. */
  uploadAction: UploadFormAction;
  deleteAction: DeleteAction;
  /** 保存并继续 without JavaScript: stores every chosen file, then continues (issue 16). */
  saveAction: SaveUploadsAction;
}) {
  if (needsConsent) return <UploadConsentForm />;
  const [t, ta] = await Promise.all([getTranslations("wizard"), getTranslations("attachments")]);
  const kinds = requiredAttachments(application.condition?.rule ?? null).filter((k) =>
    photoOnly ? k === "PHOTO" : k !== "PHOTO",
  );
  const stored = new Map(application.attachments.map((a) => [a.kind as string, { size: a.size, mime: a.mime, pages: null }]));
  const locale = await getLocale();
  const proof = application.personal.educationProofCase
    ? educationProofText(application.personal.educationProofCase, locale)
    : undefined;
  const hints: Partial<Record<string, string>> = {
    PHOTO: t("photoIntro"),
    EDUCATION_PROOF: proof?.upload,
    EVIDENCE: application.condition?.evidence ? evidenceText(application.condition.evidence, locale) : undefined,
  };
  const next = photoOnly ? "attachments" : "pledge";
  return (
    <UploadGuard saveAction={saveAction} applicationId={application.id} next={next}>
      <div className="flex flex-col gap-3">
        <p className="text-slate-700">{t("uploadIntro")}</p>
        {photoOnly ? null : (
          <p className="text-sm">
            {t("downloads")}{" "}
            <a href="/forms/application-form.pdf" className="text-brand-700 underline" download>
              {t("formDownload")}
            </a>
            {" · "}
            <a href="/forms/honesty-pledge.pdf" className="text-brand-700 underline" download>
              {t("pledgeDownload")}
            </a>
          </p>
        )}
        {kinds.map((kind) => (
          <PhoneUploadField
            key={kind}
            applicationId={application.id}
            kind={kind}
            label={ta(kind)}
            hint={hints[kind]}
            stored={stored.get(kind) ?? null}
            returnReason={application.returnReasons?.[kind]}
            uploadAction={uploadAction}
            deleteAction={deleteAction}
          />
        ))}
        <SaveAndContinue href={`/me/applications/${application.id}/edit/${next}`} label={t("save")} />
      </div>
    </UploadGuard>
  );
}

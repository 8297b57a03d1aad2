"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef } from "react";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { checkInLookupSchema } from "@/lib/schemas/staff-exam-forms";
import { lookupCheckInAction } from "@/app/[locale]/staff/exam/check-in/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { CheckInCard } from "@/app/[locale]/staff/exam/check-in/_components/check-in-card";
import { useQrScanner } from "@/components/staff/exam/use-qr-scanner";

/** 七 the exam-day desk, made for a phone: scan the ticket's QR, type its number, or the name or ID number. */
export function CheckInDesk({ photoBase }: { photoBase: string }) {
  const t = useTranslations("staffExam.checkIn");
  const tw = useTranslations("staffWork.checkIn");
  const { state, pending, fields, formError, formProps, rhf } = useActionForm({
    action: lookupCheckInAction,
    schema: checkInLookupSchema,
  });
  const formRef = useRef<HTMLFormElement | null>(null);
  const { setValue } = rhf;
  // The scanned code goes through react-hook-form (it also fills the input), then the form is sent.
  const onCode = useCallback(
    (code: string) => {
      setValue("code", code);
      formRef.current?.requestSubmit();
    },
    [setValue],
  );
  const { videoRef, state: scanState, start, stop } = useQrScanner(onCode);
  const cards = state?.ok ? state.data : [];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        {scanState === "scanning" || scanState === "starting" ? (
          <Button type="button" variant="secondary" onClick={stop}>
            {t("stop")}
          </Button>
        ) : (
          <Button type="button" onClick={() => void start()}>
            {t("scan")}
          </Button>
        )}
        <video
          ref={videoRef}
          muted
          playsInline
          aria-label={t("camera")}
          className={
            scanState === "scanning" || scanState === "starting" ? "aspect-square w-full rounded bg-black object-cover" : "hidden"
          }
        />
        {scanState === "unsupported" ? (
          <p role="status" className="text-amber-900">
            {t("unsupported")}
          </p>
        ) : null}
        {scanState === "denied" ? (
          <p role="status" className="text-amber-900">
            {t("denied")}
          </p>
        ) : null}
      </div>
      <form ref={formRef} {...formProps} className="flex flex-col gap-2">
        <FormField form={fields} name="code" id="code" label={tw("label")} hint={tw("hint")}>
          {(control) => <input {...control} autoComplete="off" inputMode="text" className={inputClass} />}
        </FormField>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("lookup")}
        </Button>
        <FormFailureAlert failure={fields.errorOf("code") ? null : formError} />
      </form>
      {cards.length > 1 ? (
        <p role="status" className="font-medium text-amber-900">
          {tw("several", { count: cards.length })}
        </p>
      ) : null}
      {cards.map((card) => (
        <CheckInCard
          key={`${card.applicationId}-${card.checkedInAt ?? ""}`}
          card={card}
          photoUrl={`${photoBase}/${card.applicationId}`}
        />
      ))}
    </div>
  );
}

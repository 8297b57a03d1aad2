"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef } from "react";
import { lookupCheckInAction } from "@/app/[locale]/staff/exam/check-in/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { CheckInCard } from "@/app/[locale]/staff/exam/check-in/_components/check-in-card";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useQrScanner } from "@/components/staff/exam/use-qr-scanner";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";

/** 七 the exam-day desk, made for a phone: scan the ticket's QR, type its number, or the name or ID number. */
export function CheckInDesk({ photoBase }: { photoBase: string }) {
  const t = useTranslations("staffExam.checkIn");
  const tw = useTranslations("staffWork.checkIn");
  const form = useStaffAction(lookupCheckInAction);
  const formRef = useRef<HTMLFormElement | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const onCode = useCallback((code: string) => {
    if (inputRef.current) inputRef.current.value = code;
    formRef.current?.requestSubmit();
  }, []);
  const { videoRef, state: scanState, start, stop } = useQrScanner(onCode);
  const cards = form.data ?? [];
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
      <form ref={formRef} action={form.formAction} className="flex flex-col gap-2">
        <Field id="code" label={tw("label")} hint={tw("hint")} error={form.fieldError("code")}>
          {(a) => (
            <input
              {...a}
              ref={inputRef}
              name="code"
              autoComplete="off"
              inputMode="text"
              defaultValue={form.value("code")}
              className={inputClass}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={form.pending}>
          {t("lookup")}
        </Button>
        <FormStatus error={form.fieldError("code") ? null : form.formError} success={null} />
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

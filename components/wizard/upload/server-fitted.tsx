"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { ServerAdjusted } from "./upload-actions";

export function base64ToBlob(base64: string, mime: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/**
 * The server's auto-fit shown for the candidate to accept. Once the page runs, buttons (the
 * accepted image goes through the upload route); before, a form of the field's upload action
 * (`formProps` of its useActionForm) that sends the fitted image back in a hidden input.
 */
export function ServerFitted({
  applicationId,
  adjusted,
  kind,
  label,
  hydrated,
  pending,
  formProps,
  onAccept,
  onDiscard,
}: {
  applicationId: string;
  adjusted: ServerAdjusted;
  kind: string;
  label: string;
  hydrated: boolean;
  pending: boolean;
  formProps: { action: (formData: FormData) => void; onSubmit: (event: FormEvent<HTMLFormElement>) => void; noValidate: boolean };
  onAccept: (adjusted: ServerAdjusted) => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("phoneUpload");
  const tw = useTranslations("wizard");
  const body = (
    <>
      <p className="text-sm text-amber-900">
        {tw("fitted", { before: Math.round(adjusted.beforeSize / 1024), after: Math.round(adjusted.afterSize / 1024) })}
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL preview, not an optimisable asset */}
      <img
        src={`data:${adjusted.mime};base64,${adjusted.base64}`}
        alt={t("serverFittedAlt", { label })}
        className="max-h-64 w-auto self-start rounded border"
      />
    </>
  );
  if (hydrated) {
    return (
      <div className="mt-2 flex flex-col gap-2">
        {body}
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={() => onAccept(adjusted)}>
            {tw("acceptFitted")}
          </Button>
          <Button type="button" variant="secondary" onClick={onDiscard}>
            {t("chooseAgain")}
          </Button>
        </div>
      </div>
    );
  }
  // Posted only without JavaScript; the hidden ids are those the field's upload form registers.
  return (
    <form {...formProps} className="mt-2 flex flex-col gap-2">
      {body}
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="fitted" value={adjusted.base64} />
      <input type="hidden" name="fittedName" value={`${kind.toLowerCase()}.jpg`} />
      <Button type="submit" disabled={pending}>
        {tw("acceptFitted")}
      </Button>
    </form>
  );
}

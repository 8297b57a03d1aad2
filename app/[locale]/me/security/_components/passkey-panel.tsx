"use client";

import { browserSupportsWebAuthn, startRegistration, type RegistrationResponseJSON } from "@simplewebauthn/browser";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { cardClass } from "@/components/ui/variants";
import { nothingTyped, passkeyNameField } from "@/lib/schemas/passkey-schema";
import { finishPasskeyRegistrationAction, passkeyRegistrationOptionsAction, removePasskeyAction } from "../passkey-actions";

export interface PasskeyRow {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/**
 * A candidate's passkeys (ADR 114): add one named for this device, see them, remove one. Adding
 * is a WebAuthn ceremony (JavaScript only); its name is checked with the action's field first.
 * Removing is one button-only form on `useActionForm` (ADR 142): each 删除 carries its passkey's
 * id as `intent`, which the action checks with `removePasskeySchema`; nothing is typed.
 */
export function PasskeyPanel({ passkeys }: { passkeys: PasskeyRow[] }) {
  const t = useTranslations("passkeys");
  const format = useFormatter();
  const router = useRouter();
  const say = useFailureText();
  const [name, setName] = useState(t("defaultName"));
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = useActionForm({ action: removePasskeyAction, schema: nothingTyped });
  const removed = remove.state;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  function addPasskey() {
    setMessage(null);
    const named = passkeyNameField.safeParse(name);
    setNameError(named.success ? undefined : say("passkeys.errors.name"));
    if (!named.success) return;
    if (!browserSupportsWebAuthn()) {
      setMessage({ tone: "error", text: t("unsupported") });
      return;
    }
    startTransition(async () => {
      const options = await passkeyRegistrationOptionsAction();
      if (!options.ok) {
        setMessage({ tone: "error", text: say(options.formError ?? "passkeys.errors.notVerified") });
        return;
      }
      let response: RegistrationResponseJSON;
      try {
        response = await startRegistration({ optionsJSON: options.data });
      } catch {
        setMessage({ tone: "error", text: t("cancelled") });
        return;
      }
      const result = await finishPasskeyRegistrationAction(named.data, response);
      if (!result.ok) {
        setMessage({
          tone: "error",
          text: say(result.formError ?? result.fieldErrors.name?.[0] ?? "passkeys.errors.notVerified"),
        });
        return;
      }
      setMessage({ tone: "success", text: t("added") });
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="passkeys-title" className={`${cardClass} flex flex-col gap-4`}>
      <h2 id="passkeys-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("intro")}</p>
      <Field id="passkey-name" label={t("nameLabel")} hint={t("nameHint")} error={nameError}>
        {(a) => (
          <input {...a} value={name} maxLength={40} onChange={(e) => setName(e.target.value)} className={inputClass} required />
        )}
      </Field>
      <Button type="button" onClick={addPasskey} disabled={pending || !name.trim()}>
        {pending ? t("adding") : t("add")}
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <h3 className="font-semibold">{t("listTitle")}</h3>
      {passkeys.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        // One form for the list (ADR 142): the pressed 删除 carries its passkey's id (`intent`), so
        // the answer ("removed") outlives the row it removed.
        <form
          {...remove.formProps}
          onSubmit={(e) => {
            const id = e.nativeEvent.submitter?.getAttribute("value");
            const named = passkeys.find((p) => p.id === id);
            if (named && !window.confirm(t("removeConfirm", { name: named.name }))) e.preventDefault();
            else remove.formProps.onSubmit(e);
          }}
        >
          <ul className="flex flex-col gap-2" aria-label={t("listTitle")}>
            {passkeys.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-3">
                <div className="flex flex-col">
                  <span className="font-medium">{p.name}</span>
                  <span className="text-sm text-slate-600">
                    {t("createdAt", { date: when(p.createdAt) })} ·{" "}
                    {p.lastUsedAt ? t("lastUsedAt", { date: when(p.lastUsedAt) }) : t("neverUsed")}
                  </span>
                </div>
                <Button
                  type="submit"
                  name="intent"
                  value={p.id}
                  variant="secondary"
                  disabled={remove.pending}
                  aria-label={`${t("remove")} ${p.name}`}
                >
                  {t("remove")}
                </Button>
              </li>
            ))}
          </ul>
        </form>
      )}
      <FormFailureAlert failure={remove.formError} />
      {removed?.ok ? <Alert tone="success">{t("removed")}</Alert> : null}
    </section>
  );
}

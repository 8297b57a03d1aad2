"use client";

import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { useFailureText } from "@/components/ui/failure-text";
import { Button } from "@/components/ui/button";

/**
 * 「使用通行密钥登录」 (issue 16 item 9, ADR 114): asks the server for a challenge, lets the phone's
 * authenticator offer this site's discoverable passkeys with fingerprint or face, and posts the
 * assertion to the action that signs in through next-auth's "passkey" provider.
 */
export function PasskeyLoginButton({
  next,
  optionsAction,
  loginAction,
}: {
  next: string;
  optionsAction: () => Promise<ActionResult<PublicKeyCredentialRequestOptionsJSON>>;
  loginAction: (response: AuthenticationResponseJSON, next: string) => Promise<ActionResult>;
}) {
  const t = useTranslations("passkeys");
  const say = useFailureText();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function signInWithPasskey() {
    setError(null);
    startTransition(async () => {
      // Loaded on the tap: the public login page does not carry the WebAuthn client (ADR 050).
      const { browserSupportsWebAuthn, startAuthentication } = await import("@simplewebauthn/browser");
      if (!browserSupportsWebAuthn()) {
        setError(t("unsupported"));
        return;
      }
      const options = await optionsAction();
      if (!options.ok) {
        setError(say(options.formError ?? "passkeys.errors.loginFailed"));
        return;
      }
      let response: AuthenticationResponseJSON;
      try {
        response = await startAuthentication({ optionsJSON: options.data });
      } catch {
        setError(t("cancelled"));
        return;
      }
      const result = await loginAction(response, next);
      if (!result.ok) setError(say(result.formError ?? "passkeys.errors.loginFailed"));
    });
  }

  return (
    <section aria-labelledby="passkey-login" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="passkey-login" className="sr-only">
        {t("loginButton")}
      </h2>
      <p className="text-sm text-slate-700">{t("loginHint")}</p>
      <Button type="button" variant="secondary" onClick={signInWithPasskey} disabled={pending}>
        {pending ? t("loggingIn") : t("loginButton")}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </section>
  );
}

"use client";

import { PlainLink as NextLink } from "@/components/layout/plain-link";
import { useEffect, useState, useSyncExternalStore } from "react";
import { LogoutForm } from "@/components/auth/logout-form";
import { readHint, SIGNED_IN_HINT_COOKIE, type HintKind } from "@/lib/signed-in-hint";

export interface AccountHrefs {
  login: string;
  signup: string;
  me: string;
  staff: string;
  institution: string;
  inbox: string;
}

export interface AccountText {
  login: string;
  signup: string;
  inbox: string;
  myApplications: string;
  institutionHome: string;
  staffHome: string;
  logout: string;
}

const LINK = "rounded px-3 py-1.5 text-sm underline underline-offset-4";

const noSubscription = () => () => undefined;
/** The hint cookie as the browser has it; `undefined` while rendering on the server. */
const hintInBrowser = () => readHint(document.cookie);
const hintOnServer = () => undefined;

/**
 * The header's account links (ADR 089). On a page rendered for this request the server knows who
 * is signed in and passes it (`known`, `kind`). A page cached for everyone (ADR 050) has no
 * request: its HTML carries the signed-out links only inside <noscript> (a browser without
 * JavaScript shows them; nobody else sees a wrong link for a moment), and the browser fills the
 * slot from the "signed in as" hint cookie, set at sign-in and cleared at sign-out, at once and
 * without a request. When the hint says signed in, the browser checks /api/v1/session once in the
 * background and drops a hint whose session has ended (a password change, an idle staff session).
 */
export function AccountLinks({
  known,
  kind,
  hrefs,
  text,
  logoutAction,
}: {
  known: boolean;
  kind: HintKind | null;
  hrefs: AccountHrefs;
  text: AccountText;
  logoutAction: () => Promise<void>;
}) {
  const hint = useSyncExternalStore(noSubscription, hintInBrowser, hintOnServer);
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    if (known || !hint) return;
    let live = true;
    fetch("/api/v1/session", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ signedIn: boolean }>) : null))
      .then((body) => {
        if (live && body && !body.signedIn) {
          document.cookie = `${SIGNED_IN_HINT_COOKIE}=; path=/; max-age=0; samesite=lax`;
          setEnded(true);
        }
      })
      .catch(() => undefined); // keeps the hint's links: each of them checks the session anyway
    return () => {
      live = false;
    };
  }, [known, hint]);

  const signedOut = (
    <>
      <NextLink href={hrefs.login} className={LINK}>
        {text.login}
      </NextLink>
      <NextLink href={hrefs.signup} className={LINK}>
        {text.signup}
      </NextLink>
    </>
  );
  const signed = known ? kind : ended ? null : hint;
  if (signed === undefined) return <noscript>{signedOut}</noscript>;
  if (signed === null) return signedOut;
  const home =
    signed === "staff"
      ? { href: hrefs.staff, label: text.staffHome }
      : signed === "institution"
        ? { href: hrefs.institution, label: text.institutionHome }
        : { href: hrefs.me, label: text.myApplications };
  return (
    <>
      <NextLink href={home.href} className={LINK}>
        {home.label}
      </NextLink>
      {signed === "candidate" ? (
        <NextLink href={hrefs.inbox} className={LINK}>
          {text.inbox}
        </NextLink>
      ) : null}
      <LogoutForm action={logoutAction} label={text.logout} buttonClassName={`${LINK} cursor-pointer`} />
    </>
  );
}

"use client";

import NextLink from "next/link";
import { useEffect, useState } from "react";

export interface AccountHrefs {
  login: string;
  signup: string;
  me: string;
  staff: string;
  inbox: string;
}

export interface AccountText {
  login: string;
  signup: string;
  inbox: string;
  /** "我的（{name}）" */
  me: string;
}

type Signed = { kind: string; displayName: string } | null;

const LINK = "rounded px-3 py-1.5 text-sm underline underline-offset-4";

/**
 * The header's account links. On a page rendered for this request the server knows who is
 * signed in and passes it (`known`); on a page prerendered for everyone (ADR 050) there is no
 * request, so the links start signed out (right for most visitors, and without JavaScript) and
 * the browser asks /api/v1/session, which checks the session like any request.
 */
export function AccountLinks({
  known,
  actor,
  hrefs,
  text,
}: {
  known: boolean;
  actor: Signed;
  hrefs: AccountHrefs;
  text: AccountText;
}) {
  const [signed, setSigned] = useState<Signed>(actor);
  useEffect(() => {
    if (known) return;
    let live = true;
    fetch("/api/v1/session", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ signedIn: boolean } & NonNullable<Signed>>) : null))
      .then((body) => {
        if (live && body?.signedIn) setSigned({ kind: body.kind, displayName: body.displayName });
      })
      .catch(() => undefined); // stays signed out: the links still work
    return () => {
      live = false;
    };
  }, [known]);
  if (!signed) {
    return (
      <>
        <NextLink href={hrefs.login} className={LINK}>
          {text.login}
        </NextLink>
        <NextLink href={hrefs.signup} className={LINK}>
          {text.signup}
        </NextLink>
      </>
    );
  }
  return (
    <>
      <NextLink href={signed.kind === "STAFF" ? hrefs.staff : hrefs.me} className={LINK}>
        {text.me.replace("{name}", () => signed.displayName)}
      </NextLink>
      {signed.kind === "STAFF" ? null : (
        <NextLink href={hrefs.inbox} className={LINK}>
          {text.inbox}
        </NextLink>
      )}
    </>
  );
}

import type { WhatNow, WhatNowKey } from "./what-now";

/**
 * Issue 16 item 6 on the institution's candidate page: the same answer of `whatNow` (one function
 * over every state, ADR 116), said to whoever reads it. The candidate reads 「请…」 in the
 * `whatNow` namespace; the institution's clerk reads a sentence about the candidate (「该考生…」,
 * what the institution does for them) in `whatNowClerk`, which has the same keys. Where to act
 * differs too: the candidate's page has its own buttons beside the line (edit, pay, ticket), so
 * only the calendar and the certificate check are linked there; the clerk's page links the
 * institution's own pages for payment and tickets, and its fix section for an edit.
 */
export type WhatNowAudience = "candidate" | "clerk";

export type WhatNowMessageKey = `whatNow.${WhatNowKey}` | `whatNowClerk.${WhatNowKey}`;
export type WhatNowActionKey = `whatNow.action.${NonNullable<WhatNow["action"]>}` | "whatNowClerk.action.fix";

export interface WhatNowLine {
  message: WhatNowMessageKey;
  params: WhatNow["params"];
  link: { href: string; label: WhatNowActionKey } | null;
}

/** The institution's pages for an action, or an anchor on the candidate page itself. */
const CLERK_LINKS: Record<NonNullable<WhatNow["action"]>, WhatNowLine["link"]> = {
  edit: { href: "#fix", label: "whatNowClerk.action.fix" },
  pay: { href: "/institution/payments", label: "whatNow.action.pay" },
  ticket: { href: "/institution/tickets", label: "whatNow.action.ticket" },
  certificate: { href: "/verify/certificate", label: "whatNow.action.certificate" },
  calendar: { href: "/calendar", label: "whatNow.action.calendar" },
};

const CANDIDATE_LINKS: Partial<Record<NonNullable<WhatNow["action"]>, WhatNowLine["link"]>> = {
  certificate: CLERK_LINKS.certificate,
  calendar: CLERK_LINKS.calendar,
};

export function whatNowLine(w: WhatNow, audience: WhatNowAudience): WhatNowLine {
  const links = audience === "clerk" ? CLERK_LINKS : CANDIDATE_LINKS;
  return {
    message: audience === "clerk" ? `whatNowClerk.${w.key}` : `whatNow.${w.key}`,
    params: w.params,
    link: w.action ? (links[w.action] ?? null) : null,
  };
}

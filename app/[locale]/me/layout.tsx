import type { ReactNode } from "react";

/**
 * The candidate's pages. No message provider here (ADR 090): /me and an application's page have
 * no client component that translates, so they ship no catalogue; the areas whose forms do
 * translate (wizard, payment, apply, data, inbox, mobile, password, security) add their own
 * layout with ClientMessages. No security boundary: pages and actions check.
 */
export default function MeLayout({ children }: { children: ReactNode }) {
  return children;
}

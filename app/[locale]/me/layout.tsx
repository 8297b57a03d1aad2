import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/**
 * The candidate's pages. A provider with the locale and no messages (ADR 090): next-intl's
 * links need the locale on the client, but /me and an application's page have no client
 * component that translates, so they ship no catalogue; the areas whose forms do translate
 * (wizard, payment, apply, data, inbox, mobile, password, security) add their own layout with
 * their share. No security boundary: pages and actions check.
 */
export default function MeLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={[]}>{children}</ClientMessages>;
}

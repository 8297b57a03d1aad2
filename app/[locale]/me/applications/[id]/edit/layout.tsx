import type { ReactNode } from "react";
import { ClientMessages, NOT_FOR_WIZARD_CLIENTS } from "@/components/layout/client-messages";

/** The wizard's steps translate on the client (ADR 090, 152): the candidate's messages, without staff, institution, public-page and other candidate areas' namespaces. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages except={NOT_FOR_WIZARD_CLIENTS}>{children}</ClientMessages>;
}

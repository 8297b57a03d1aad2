import type { ReactNode } from "react";
import { ClientMessages, NOT_FOR_CANDIDATE_CLIENTS } from "@/components/layout/client-messages";

/** The start form translates on the client (ADR 090): the candidate's messages, without staff, institution and public-page namespaces. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages except={NOT_FOR_CANDIDATE_CLIENTS}>{children}</ClientMessages>;
}

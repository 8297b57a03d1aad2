import type { ReactNode } from "react";
import { ClientMessages, NOT_FOR_INBOX_CLIENTS } from "@/components/layout/client-messages";

/** The notification e-mail form and the mark-as-read button translate on the client (ADR 090): only what they name (ADR 157). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages except={NOT_FOR_INBOX_CLIENTS}>{children}</ClientMessages>;
}

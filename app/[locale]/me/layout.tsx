import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The candidate's pages: their forms translate on the client (ADR 050). No security boundary: pages and actions check. */
export default function MeLayout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}

import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** An institution user's second factor (the staff enrollment forms): every namespace, as before (ADR 090). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}

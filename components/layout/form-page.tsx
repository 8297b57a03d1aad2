import type { ReactNode } from "react";
import { ClientMessages } from "./client-messages";

/**
 * A narrow page that is one form: its title, a line of introduction, and the form with the
 * message namespaces its schema and action can answer in (ADR 133: the form's failures are
 * rendered in the browser).
 */
export function FormPage({
  title,
  intro,
  namespaces,
  children,
}: {
  title: string;
  intro: string;
  namespaces: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-slate-700">{intro}</p>
      <ClientMessages namespaces={namespaces}>{children}</ClientMessages>
    </div>
  );
}

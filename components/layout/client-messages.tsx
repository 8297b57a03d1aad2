import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Messages = Record<string, unknown>;

/**
 * Messages for the client components below it (ADR 050). The locale layout has no provider, so
 * a public page ships neither next-intl's client runtime nor the whole catalogue in its HTML.
 * Signed-in areas get every namespace, as before; a public form only the ones it names
 * ("auth", "errors", "staffAdmin.security", …).
 */
export async function ClientMessages({ namespaces, children }: { namespaces?: readonly string[]; children: ReactNode }) {
  if (!namespaces) return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
  const all = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pick(all, namespaces)}>{children}</NextIntlClientProvider>;
}

function pick(all: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = all;
    let target = picked;
    keys.forEach((key, i) => {
      source = (source as Messages | undefined)?.[key];
      if (i === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Messages;
    });
  }
  return picked;
}

"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Link, useRouter } from "@/i18n/navigation";

/** Where one upload field stands, as far as leaving the step is concerned. */
export type FieldBusy = "uploading" | "choosing" | "failed" | null;

interface Entry {
  label: string;
  busy: FieldBusy;
  element: HTMLElement | null;
}

class Registry {
  private entries = new Map<string, Entry>();
  private listeners = new Set<() => void>();
  set(kind: string, entry: Entry) {
    this.entries.set(kind, entry);
    this.listeners.forEach((l) => l());
  }
  remove(kind: string) {
    this.entries.delete(kind);
    this.listeners.forEach((l) => l());
  }
  busy(): Entry[] {
    return [...this.entries.values()].filter((e) => e.busy !== null);
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

const GuardContext = createContext<Registry | null>(null);

/**
 * Issue 16: 保存并继续 must not drop a chosen file silently. Each upload field reports whether
 * it is uploading, waiting for the candidate's choice (crop, fitted or original) or failed; the
 * save button waits for uploads in flight and continues by itself, and names the fields that
 * need the candidate. Without JavaScript the button is a plain link and each field its own form.
 */
export function UploadGuard({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new Registry());
  return <GuardContext.Provider value={registry}>{children}</GuardContext.Provider>;
}

/** A field's report to the guard; `element` is scrolled to when the candidate must act there. */
export function useReportBusy(kind: string, label: string, busy: FieldBusy, element: HTMLElement | null) {
  const registry = useContext(GuardContext);
  useEffect(() => {
    registry?.set(kind, { label, busy, element });
  }, [registry, kind, label, busy, element]);
  useEffect(() => () => registry?.remove(kind), [registry, kind]);
}

export function SaveAndContinue({ href, label }: { href: string; label: string }) {
  const registry = useContext(GuardContext);
  const t = useTranslations("phoneUpload");
  const router = useRouter();
  const [notice, setNotice] = useState<{ waiting: string[]; blocked: { label: string; busy: FieldBusy }[] } | null>(null);
  const waitingRef = useRef<(() => void) | null>(null);

  useEffect(() => () => waitingRef.current?.(), []);

  // A notice on screen follows the fields: it goes when they are done, and names only what is left.
  const shown = notice !== null;
  useEffect(() => {
    if (!shown || !registry) return;
    return registry.subscribe(() => {
      const busy = registry.busy();
      setNotice(
        busy.length === 0
          ? null
          : {
              waiting: busy.filter((e) => e.busy === "uploading").map((e) => e.label),
              blocked: busy.filter((e) => e.busy !== "uploading").map((e) => ({ label: e.label, busy: e.busy })),
            },
      );
    });
  }, [shown, registry]);

  function check(): boolean {
    const busy = registry?.busy() ?? [];
    if (busy.length === 0) return true;
    const blocked = busy.filter((e) => e.busy !== "uploading");
    setNotice({
      waiting: busy.filter((e) => e.busy === "uploading").map((e) => e.label),
      blocked: blocked.map((e) => ({ label: e.label, busy: e.busy })),
    });
    blocked[0]?.element?.scrollIntoView({ behavior: "smooth", block: "center" });
    return false;
  }

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!registry || check()) return;
    event.preventDefault();
    const busy = registry.busy();
    if (busy.some((e) => e.busy !== "uploading")) return;
    // Only uploads in flight: continue once they are stored (or stop if one fails).
    waitingRef.current?.();
    const stop = registry.subscribe(() => {
      const now = registry.busy();
      if (now.length === 0) {
        stop();
        waitingRef.current = null;
        router.push(href);
      } else if (now.some((e) => e.busy !== "uploading")) {
        stop();
        waitingRef.current = null;
        check();
      }
    });
    waitingRef.current = () => {
      stop();
    };
  }

  return (
    <div className="flex flex-col gap-2">
      {notice ? (
        <Alert tone={notice.blocked.length > 0 ? "error" : "info"}>
          {notice.waiting.map((label) => (
            <p key={`w-${label}`}>{t("pendingUpload", { label })}</p>
          ))}
          {notice.blocked.map(({ label, busy }) => (
            <p key={`b-${label}`}>{busy === "choosing" ? t("pendingChoice", { label }) : t("pendingFailed", { label })}</p>
          ))}
        </Alert>
      ) : null}
      <Link href={href} className={buttonVariants()} onClick={onClick}>
        {label}
      </Link>
    </div>
  );
}

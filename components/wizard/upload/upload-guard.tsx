"use client";

import { useTranslations } from "next-intl";
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type MouseEvent,
  type ReactNode,
} from "react";
import type { ActionResult, FailureMessage } from "@/lib/action-result";
import { failureText } from "@/lib/i18n/failure-text";
import type { AttachOutcome } from "@/lib/server/applications/attach-file";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Link, useRouter } from "@/i18n/navigation";
import { uploadStepSchema } from "@/lib/schemas/upload-step-schema";
import { useActionForm } from "@/components/forms/use-action-form";

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

/** What the step's form without JavaScript did with each chosen file (issue 16). */
export interface StepUploadsOutcome {
  outcomes: Partial<Record<string, AttachOutcome>>;
}
/** Unbound, the application's id in the form (a bound action loops without JavaScript, vercel/next.js#57867). */
export type SaveUploadsAction = (
  previous: ActionResult<StepUploadsOutcome> | null,
  formData: FormData,
) => Promise<ActionResult<StepUploadsOutcome>>;

interface StepForm {
  /** The step's one form: without JavaScript every file input and 上传 button belong to it (`form=`). */
  formId: string;
  outcomes: StepUploadsOutcome["outcomes"];
  failure: FailureMessage | null;
  pending: boolean;
}
const StepFormContext = createContext<StepForm | null>(null);

const noSubscription = () => () => undefined;
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The step's form, for a field without JavaScript: null outside an UploadGuard with a save action. */
export function useStepForm(): StepForm | null {
  return useContext(StepFormContext);
}

/**
 * Issue 16: 保存并继续 must not drop a chosen file silently. Each upload field reports whether
 * it is uploading, waiting for the candidate's choice (crop, fitted or original) or failed; the
 * save button waits for uploads in flight and continues by itself, and names the fields that
 * need the candidate. Without JavaScript the whole step is one form (`saveAction`): every chosen
 * file is stored by 保存并继续 (which then continues) or by a field's 上传 (which stays), and
 * what each file needs (an auto-fit to accept, a refusal) is shown at its field.
 */
export function UploadGuard({
  children,
  saveAction,
  applicationId,
  next,
}: {
  children: ReactNode;
  saveAction: SaveUploadsAction;
  applicationId: string;
  /** The step 保存并继续 goes on to. */
  next: "attachments" | "pledge";
}) {
  const [registry] = useState(() => new Registry());
  const { state, pending, fields, formProps } = useActionForm({ action: saveAction, schema: uploadStepSchema });
  const formId = `upload-step-${next}`;
  const step: StepForm = {
    formId,
    outcomes: state?.ok ? state.data.outcomes : {},
    failure: state && !state.ok ? state.formError : null,
    pending,
  };
  return (
    <GuardContext.Provider value={registry}>
      <StepFormContext.Provider value={step}>
        {/* Posted only without JavaScript (ADR 127); on useActionForm like every form (ADR 145). */}
        <form id={formId} {...formProps} hidden>
          <input type="hidden" {...fields.register("applicationId")} value={applicationId} />
          <input type="hidden" {...fields.register("next")} value={next} />
        </form>
        {children}
      </StepFormContext.Provider>
    </GuardContext.Provider>
  );
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
  const step = useStepForm();
  const hydrated = useHydrated();
  const t = useTranslations("phoneUpload");
  const tr = useTranslations();
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
      {step?.failure ? <Alert tone="error">{failureText(tr, step.failure)}</Alert> : null}
      {hydrated || !step ? (
        <Link href={href} className={buttonVariants()} onClick={onClick}>
          {label}
        </Link>
      ) : (
        // Without JavaScript: submits the step's form with every chosen file (issue 16).
        <button type="submit" form={step.formId} name="continue" value="1" className={buttonVariants()} disabled={step.pending}>
          {label}
        </button>
      )}
    </div>
  );
}

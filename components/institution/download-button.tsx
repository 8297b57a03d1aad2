"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonVariants } from "@/components/ui/button";
import { useFailureText } from "@/components/ui/failure-text";
import type { Failure } from "@/lib/action-result";

/**
 * A generated file (a batch of tickets takes seconds: 1,000 in about 6 s): the link works
 * without JavaScript; with it, the page says "正在生成…" until the file arrives, and why it
 * failed if it does. The route handler checks session and scope either way.
 */
export function DownloadButton({ href, label, fileName }: { href: string; label: string; fileName: string }) {
  const t = useTranslations("institution.download");
  const say = useFailureText();
  const [state, setState] = useState<"idle" | "working" | "failed">("idle");
  const [message, setMessage] = useState("");
  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (state === "working") return;
    setState("working");
    try {
      const response = await fetch(href);
      if (!response.ok) {
        // The route's error body carries the failure (ADR 130): said in the page's language.
        const body = (await response.json().catch(() => null)) as { formError?: Failure } | null;
        setMessage(say(body?.formError) ?? t("failed"));
        setState("failed");
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState("idle");
    } catch {
      setMessage(t("failed"));
      setState("failed");
    }
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <a href={href} onClick={download} aria-busy={state === "working"} className={buttonVariants({ variant: "secondary" })}>
        {state === "working" ? t("working") : label}
      </a>
      <span role="status" className="text-sm text-red-800">
        {state === "failed" ? message : ""}
      </span>
    </span>
  );
}

"use client";

import { PlainLink as Link } from "@/components/layout/plain-link";
import en from "@/messages/en/limits.json";
import zh from "@/messages/zh-CN/limits.json";

/**
 * Instead of Next's English "Application error" (issue 10): a page or action that failed, for
 * instance an upload the portal server refused as too large (413), says in Chinese and English
 * what to do. Only this small namespace ships with it (ADR 050: no client messages on every page).
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [z, e] = [zh.limits.errorPage, en.limits.errorPage];
  return (
    <div role="alert" className="mx-auto flex max-w-xl flex-col gap-3 rounded border border-amber-300 bg-amber-50 p-4">
      <h1 className="text-xl font-bold">{z.title}</h1>
      <p>{z.body}</p>
      <p lang="en" className="text-sm text-slate-600">
        {e.title}. {e.body}
      </p>
      <div className="flex gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-3 py-1 text-white">
          {z.retry} / {e.retry}
        </button>
        <Link href="/" className="underline">
          {z.home} / {e.home}
        </Link>
      </div>
    </div>
  );
}

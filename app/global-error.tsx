"use client";

import en from "@/messages/en/shell.json";
import zh from "@/messages/zh-CN/shell.json";

/**
 * The last resort when the root layout itself fails: no layout, no intl provider, so both
 * languages are inline (Chinese first) and only this small namespace ships with it. Errors
 * inside a page are `app/[locale]/error.tsx`'s; the server has logged this one
 * (instrumentation.ts onRequestError), its digest is shown to quote on the phone.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [z, e] = [zh.shell.errors.unexpected, en.shell.errors.unexpected];
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: 24, maxWidth: 640, margin: "0 auto" }}>
        <div role="alert">
          <h1>{z.title}</h1>
          <p>{z.body}</p>
          <p lang="en">
            {e.title}. {e.body}
          </p>
          {error.digest ? <p style={{ color: "#475569", fontSize: 14 }}>{error.digest}</p> : null}
          <button type="button" onClick={reset}>
            {z.retry} / {e.retry}
          </button>{" "}
          {/* A plain link: the root layout is what failed, so no client navigation. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">
            {zh.shell.notFound.home} / {en.shell.notFound.home}
          </a>
        </div>
      </body>
    </html>
  );
}

import { Fragment } from "react";

const HAN = /\p{Script=Han}/u;

/**
 * Issue 16 item 7 (ADR 123): words a person typed or an organisation is called (a reviewer's
 * reason, the payee's name, the file names the notice prescribes) inside an English sentence are
 * shown as written and marked `lang="zh-CN"` when they are Chinese, for screen readers and for
 * the English-page scan.
 */
export function Quoted({ text, quoted }: { text: string; quoted: readonly (string | null | undefined)[] }) {
  const marks = quoted.filter((q): q is string => typeof q === "string" && HAN.test(q));
  if (marks.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest.length > 0) {
    const hits = marks.map((m) => ({ m, at: rest.indexOf(m) })).filter((h) => h.at >= 0);
    if (hits.length === 0) break;
    const first = hits.reduce((a, b) => (b.at < a.at || (b.at === a.at && b.m.length > a.m.length) ? b : a));
    parts.push(<Fragment key={key++}>{rest.slice(0, first.at)}</Fragment>);
    parts.push(
      <span key={key++} lang="zh-CN">
        {first.m}
      </span>,
    );
    rest = rest.slice(first.at + first.m.length);
  }
  parts.push(<Fragment key={key++}>{rest}</Fragment>);
  return <>{parts}</>;
}

/** A value as a person typed it (a school, an address): marked `lang="zh-CN"` when it is Chinese. */
export function Typed({ text }: { text: string }) {
  return HAN.test(text) ? <span lang="zh-CN">{text}</span> : <>{text}</>;
}

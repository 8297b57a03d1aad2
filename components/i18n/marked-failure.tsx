import { Fragment } from "react";
import type { Failure } from "@/lib/action-result";
import type { RootTranslator } from "@/lib/i18n/failure-text";
import { markedFailureText, markedParts } from "@/lib/i18n/marked-text";

/** A sentence from `markedFailureText`: its Chinese values marked lang="zh-CN" (ADR 123). */
export function MarkedString({ text }: { text: string }) {
  return (
    <>
      {markedParts(text).map((part, i) =>
        part.zh ? (
          <span key={i} lang="zh-CN">
            {part.text}
          </span>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * A failure whose Chinese values (a typed occupation, the catalog's lists that have no English)
 * stay as written inside the reader's sentence, each marked lang="zh-CN" (ADR 123). No server or
 * message imports: client components (the wizard) use it too.
 */
export function MarkedFailure({ t, failure }: { t: RootTranslator; failure: Failure }) {
  return <MarkedString text={markedFailureText(t, failure)} />;
}

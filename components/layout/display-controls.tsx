"use client";

import { useSyncExternalStore } from "react";
import {
  DEFAULT_DISPLAY,
  TEXT_SIZES,
  displayClasses,
  displayCookie,
  displayCookieValue,
  parseDisplay,
  readDisplayCookie,
  CONTRAST_CLASS,
  SIZE_CLASS,
  type DisplaySettings,
  type TextSize,
} from "@/lib/display-settings";

export interface DisplayText {
  /** The group's name: 「文字大小」. */
  size: string;
  sizes: Record<TextSize, string>;
  contrast: string;
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
const inBrowser = () => displayCookieValue(readDisplayCookie(document.cookie));
const onServer = () => displayCookieValue(DEFAULT_DISPLAY);

function apply(settings: DisplaySettings) {
  document.cookie = displayCookie(settings);
  const list = document.documentElement.classList;
  list.remove(CONTRAST_CLASS, ...Object.values(SIZE_CLASS).filter((c): c is string => c !== null));
  list.add(...displayClasses(settings));
  listeners.forEach((l) => l());
}

const BUTTON =
  "min-h-9 min-w-9 rounded border border-white/60 px-2 py-1 text-sm aria-pressed:bg-white aria-pressed:font-semibold aria-pressed:text-brand-800";

/**
 * The header's text size and contrast buttons (issue 16, ADR 125). The choice is a cookie and
 * classes on <html> (lib/display-settings.ts); the layout's inline script applies it on every page
 * before the first paint. Hidden until that script has run (`html.js`): without JavaScript they
 * could not work, and the browser's own zoom remains.
 */
export function DisplayControls({ text }: { text: DisplayText }) {
  const current = parseDisplay(useSyncExternalStore(subscribe, inBrowser, onServer));
  return (
    <div className="display-controls flex flex-wrap items-center gap-1" data-testid="display-controls">
      <div role="group" aria-label={text.size} className="flex items-center gap-1">
        <span aria-hidden="true" className="text-sm">
          {text.size}
        </span>
        {TEXT_SIZES.map((size) => (
          <button
            key={size}
            type="button"
            className={BUTTON}
            aria-pressed={current.size === size}
            onClick={() => apply({ ...current, size })}
          >
            {text.sizes[size]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className={BUTTON}
        aria-pressed={current.contrast}
        onClick={() => apply({ ...current, contrast: !current.contrast })}
      >
        {text.contrast}
      </button>
    </div>
  );
}

/**
 * Text size and contrast (issue 16, 互联网网站适老化通用设计规范, GB/T 37668, WCAG 2.1 AA 1.4.4;
 * ADR 125). The choice lives in a cookie the browser reads, not the server: the public pages are
 * one HTML for everyone (ADR 050), so the server never renders a per-visitor class. A tiny inline
 * script at the top of every page (DISPLAY_SCRIPT, in the locale layout's <head>) reads the cookie
 * and sets classes on <html> before the first paint; globals.css keys the sizes and the
 * high-contrast colours on those classes.
 */
export const DISPLAY_COOKIE = "portal-display";

export const TEXT_SIZES = ["normal", "large", "xlarge"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface DisplaySettings {
  size: TextSize;
  contrast: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = { size: "normal", contrast: false };

/** The root font size of each choice: 150 % and 200 % (the norm asks at least 150 %). */
export const TEXT_SIZE_PERCENT: Record<TextSize, number> = { normal: 100, large: 150, xlarge: 200 };

/** `<html>` always gets `js` once the script runs (the controls show only then: they need it). */
export const SCRIPT_CLASS = "js";
export const SIZE_CLASS: Record<TextSize, string | null> = {
  normal: null,
  large: "display-large",
  xlarge: "display-xlarge",
};
export const CONTRAST_CLASS = "display-contrast";

/** The cookie's value: `large`, `xlarge.hc`, `normal.hc`; nothing else is understood. */
export function displayCookieValue(settings: DisplaySettings): string {
  return settings.contrast ? `${settings.size}.hc` : settings.size;
}

export function parseDisplay(value: string | null | undefined): DisplaySettings {
  const [size, contrast] = (value ?? "").split(".");
  return {
    size: TEXT_SIZES.find((s) => s === size) ?? "normal",
    contrast: contrast === "hc",
  };
}

/** The settings in a `document.cookie` string. */
export function readDisplayCookie(cookieHeader: string): DisplaySettings {
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === DISPLAY_COOKIE) return parseDisplay(value);
  }
  return DEFAULT_DISPLAY;
}

/** The classes on <html> for these settings (besides `js`). */
export function displayClasses(settings: DisplaySettings): string[] {
  return [SIZE_CLASS[settings.size], settings.contrast ? CONTRAST_CLASS : null].filter((c): c is string => c !== null);
}

/** A year, Path=/, SameSite=Lax; not HttpOnly: the page's script reads it, and it holds no secret. */
export function displayCookie(settings: DisplaySettings): string {
  return `${DISPLAY_COOKIE}=${displayCookieValue(settings)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/**
 * The inline script, written out by hand (the same rules as parseDisplay and displayClasses; the
 * unit test runs it against them). It must stay tiny and never throw: it runs before anything
 * else on every page.
 */
export const DISPLAY_SCRIPT =
  `(function(){try{var d=document.documentElement.classList;d.add("${SCRIPT_CLASS}");` +
  `var m=document.cookie.match(/(?:^|;\\s*)${DISPLAY_COOKIE}=([a-z]+)(\\.hc)?/);if(!m)return;` +
  `if(m[1]==="large")d.add("${SIZE_CLASS.large}");if(m[1]==="xlarge")d.add("${SIZE_CLASS.xlarge}");` +
  `if(m[2])d.add("${CONTRAST_CLASS}")}catch(e){}})()`;

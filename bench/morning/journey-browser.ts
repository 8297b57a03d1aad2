import { LOGIN_FORM_FIELDS, type JourneyRequest } from "./journey-requests";

/**
 * How a phone's browser talks to the portal, for the opening-morning journey (ADR 155): its
 * connections and encodings, the login form as its FormData, the cookies it keeps, its prefetch
 * chains and at most so many requests at once. bench/morning/journey.ts replays with these.
 */
/** Chromium's connections per host on HTTP/1.1: prefetches beyond them wait for one. */
export const BROWSER_CONNECTIONS = 6;
/** Accept-Encoding as Chromium sends it (the portal answers gzip). */
export const BROWSER_ENCODINGS = "gzip, deflate, br, zstd";
const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * The login form's fields as the browser's FormData has them, from the login page's HTML: React's
 * hidden inputs for the action, `next`, then what the candidate types.
 */
export function loginForm(html: string, values: { login: string; password: string }): FormData {
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => /name="password"/.test(f));
  if (!form) throw new Error("login page: no password form");
  const data = new FormData();
  for (const input of form.match(/<input\b[^>]*>/g) ?? []) {
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name === undefined) continue;
    const value =
      name === "login" ? values.login : name === "password" ? values.password : (/\bvalue="([^"]*)"/.exec(input)?.[1] ?? "");
    data.append(unescapeHtml(name), unescapeHtml(value));
  }
  const names = [...data.keys()];
  if (names.join() !== LOGIN_FORM_FIELDS.join())
    throw new Error(`login page: form fields ${names.join()}, the browser posts ${LOGIN_FORM_FIELDS.join()}`);
  return data;
}

/** The cookies a browser keeps: each Set-Cookie's name=value, dropped when the answer clears it. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = cookie.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const cleared = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()),
      );
      if (!value || cleared) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(name: string) {
    return this.cookies.has(name);
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** An error's message and, for a fetch that failed below HTTP, undici's reason (e.g. a connect timeout). */
export function failureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause ? `${error.message} (${cause.code ?? cause.message ?? "?"})` : error.message;
}

/** A step's prefetches as the browser runs them: one chain per link (its tree, then its head). */
export function chains(prefetch: readonly JourneyRequest[]): JourneyRequest[][] {
  const byPath = new Map<string, JourneyRequest[]>();
  for (const request of prefetch) byPath.set(request.path, [...(byPath.get(request.path) ?? []), request]);
  return [...byPath.values()];
}

export async function atMost<T>(limit: number, items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

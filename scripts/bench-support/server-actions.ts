import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PROJECT_ROOT } from "../db/migrations-dir";

/**
 * Calling a server action over HTTP the way Next's client router does (ADR 040): POST to the
 * page that renders the form, header `Next-Action: <id>`, body = the arguments encoded by
 * React's own `encodeReply` (JSON text, or multipart when a FormData or File is among them).
 * `.bind(null, id)` arguments travel in clear in front of the form's own ones, exactly as the
 * browser sends them; the server checks session, ownership and state as for any request.
 */

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
}

const require = createRequire(import.meta.url);
const flightClient = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

/** React's own encoding of an action's arguments, as the browser's router sends them (a FormData among them: multipart). */
export function encodeReply(args: unknown[]): Promise<string | FormData> {
  return flightClient.encodeReply(args);
}

/** The action id of `exportedName` from `file` (relative to the project) in the current build. */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportedName && entry.filename === file) return id;
  }
  throw new Error(`${exportedName} of ${file} is not in .next/server/server-reference-manifest.json: build again`);
}

export interface ActionCall {
  baseUrl: string;
  /** The page the form is on, e.g. /me/applications/<id>/edit/review. */
  page: string;
  id: string;
  args: unknown[];
  cookie?: string;
  /** Defaults to the server's own origin, as a browser on the portal sends it. */
  origin?: string;
  /** More request headers (e.g. X-Forwarded-For, as the center's proxy adds it). */
  headers?: Record<string, string>;
}

export interface ActionResponse {
  status: number;
  /** The raw RSC stream: row 1 carries the action's return value. */
  body: string;
  /** The action returned `{ ok: true, … }`. */
  ok: boolean;
  /** The answer's Set-Cookie headers (a login's session cookie). */
  setCookies: string[];
}

export async function callAction(call: ActionCall): Promise<ActionResponse> {
  const encoded = await flightClient.encodeReply(call.args);
  const headers: Record<string, string> = {
    ...call.headers,
    Accept: "text/x-component",
    "Next-Action": call.id,
    Origin: call.origin ?? call.baseUrl,
  };
  if (typeof encoded === "string") headers["Content-Type"] = "text/plain;charset=UTF-8";
  if (call.cookie) headers.Cookie = call.cookie;
  const response = await fetch(`${call.baseUrl}${call.page}`, { method: "POST", headers, body: encoded, redirect: "manual" });
  const body = await response.text();
  return {
    status: response.status,
    body,
    ok: response.status === 200 && /"ok":true/.test(body),
    setCookies: response.headers.getSetCookie(),
  };
}

/** A short reason for a failed call: the action's form error, or the server error's digest. */
export function describeFailure(response: ActionResponse): string {
  const formError = /"formError":"([^"]+)"/.exec(response.body)?.[1];
  if (formError) return `HTTP ${response.status}, ${formError}`;
  const digest = /"digest":"([^"]+)"/.exec(response.body)?.[1];
  return `HTTP ${response.status}${digest ? `, server error (digest ${digest})` : ""}`;
}

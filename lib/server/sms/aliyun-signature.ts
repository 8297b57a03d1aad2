import { createHmac } from "node:crypto";

/**
 * Alibaba Cloud's RPC-style request signature (SignatureVersion 1.0, HMAC-SHA1), as its SMS
 * documentation describes it (ADR 056): sort every parameter but Signature by name, percent-encode
 * names and values (RFC 3986: only A–Z a–z 0–9 - _ . ~ stay; space is %20, * is %2A, ~ stays),
 * join as a query, then sign `METHOD&%2F&` + the encoded query with key `accessKeySecret&`.
 * Pure: no clock, no randomness (Timestamp and SignatureNonce are parameters).
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((key) => key !== "Signature")
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key]!)}`)
    .join("&");
}

export function stringToSign(method: "GET" | "POST", params: Readonly<Record<string, string>>): string {
  return `${method}&${percentEncode("/")}&${percentEncode(canonicalQuery(params))}`;
}

export function rpcSignature(method: "GET" | "POST", params: Readonly<Record<string, string>>, accessKeySecret: string): string {
  return createHmac("sha1", `${accessKeySecret}&`).update(stringToSign(method, params), "utf8").digest("base64");
}

/** The query of a signed GET: the canonical query plus its Signature. */
export function signedQuery(params: Readonly<Record<string, string>>, accessKeySecret: string): string {
  return `Signature=${percentEncode(rpcSignature("GET", params, accessKeySecret))}&${canonicalQuery(params)}`;
}

import { MESSAGES } from "@/messages";

/** Resolves a message key such as `errors.idNumber.checksum` outside React (API responses). */
export function translateKey(key: string, locale: "zh-CN" | "en" = "zh-CN"): string {
  let node: unknown = MESSAGES[locale];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : key;
}

export function translateFieldErrors(fieldErrors: Record<string, string[] | undefined>, locale: "zh-CN" | "en" = "zh-CN") {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, keys]) => [field, (keys ?? []).map((k) => translateKey(k, locale))]),
  );
}

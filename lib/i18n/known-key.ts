import { MESSAGES } from "@/messages";
import type { MessageKey } from "./message-key";

/** Whether `value` names a message (server side: the messages are in memory). */
export function isMessageKey(value: string): value is MessageKey {
  let node: unknown = MESSAGES["zh-CN"];
  for (const part of value.split(".")) {
    if (typeof node !== "object" || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

/** A message key from a zod schema's message (schemas speak in keys, ADR 009); unknown text is a bug shown as the generic error. */
export function toMessageKey(value: string): MessageKey {
  return isMessageKey(value) ? value : "errors.generic";
}

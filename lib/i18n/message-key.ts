import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { AppMessages } from "@/messages";

/**
 * Every full message key (`errors.generic`, `windowRules.candidate.edit.closed`): the type of keys
 * computed at run time (AppError messages, field errors, domain rule reasons), so the places that
 * translate them need no cast. Derived from the Chinese messages (messages/index.ts).
 */
export type MessageKey = MessageKeys<AppMessages, NestedKeyOf<AppMessages>>;

/** The keys under one namespace, without its prefix: `NamespaceKey<"attachments">`. */
export type NamespaceKey<Namespace extends string> = MessageKey extends infer Key
  ? Key extends `${Namespace}.${infer Rest}`
    ? Rest
    : never
  : never;

/** Values passed to a message: ICU arguments. */
export type MessageParams = Record<string, string | number>;

/**
 * Whether a key read from data (a field name stored in a row, a key from the network) is one the
 * translator `t` knows; narrows it to `t`'s key type, checked by next-intl at run time.
 */
export function isKnownKey<Translator extends { has: (key: never) => boolean }>(
  t: Translator,
  key: string,
): key is Parameters<Translator["has"]>[0] & string {
  const has: (key: string) => boolean = t.has as (key: string) => boolean;
  return has(key);
}

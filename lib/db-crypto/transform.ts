import { decryptBytes, decryptText, encryptBytes, encryptText, isEncryptedBytes, isEncryptedText, keyedHash } from "./envelope";
import { BYTES_FIELDS, DECRYPTED_KEYS, normalizeForHash, TEXT_FIELDS } from "./fields";

/**
 * The argument and result rewriting of the Prisma extension (ADR 057), free of Prisma so it can be
 * unit-tested: writes encrypt the listed fields and fill their hash columns (nested writes
 * included), `where` on a hashed field becomes a `where` on its hash, results are decrypted.
 */
export type Relations = ReadonlyMap<string, ReadonlyMap<string, string>>;
type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Uint8Array) &&
  !(value instanceof Date);
const each = (value: unknown, visit: (item: Obj) => void) => {
  for (const item of Array.isArray(value) ? value : [value]) if (isObj(item)) visit(item);
};

export const hashOf = (domain: string, value: string) => keyedHash(domain, normalizeForHash(domain, value));

/** Encrypts one model's data object in place (and its nested writes). */
export function encryptData(model: string, data: Obj, mode: "create" | "update", relations: Relations): void {
  const text = TEXT_FIELDS[model] ?? {};
  for (const [field, rule] of Object.entries(text)) {
    if (!(field in data)) continue;
    const raw = data[field];
    const boxed = isObj(raw) && "set" in raw;
    const value = boxed ? raw.set : raw;
    if (typeof value !== "string") {
      if (value === null && rule.hash) data[rule.hash.column] = null;
      continue;
    }
    if (rule.hash) data[rule.hash.column] = hashOf(rule.hash.domain, value);
    if (!rule.encryptIf || rule.encryptIf(value, data, mode)) {
      const sealed = encryptText(value);
      data[field] = boxed ? { set: sealed } : sealed;
    }
  }
  for (const field of BYTES_FIELDS[model] ?? []) {
    const raw = data[field];
    const boxed = isObj(raw) && "set" in raw;
    const value = boxed ? raw.set : raw;
    if (value instanceof Uint8Array) data[field] = boxed ? { set: encryptBytes(value) } : encryptBytes(value);
  }
  const links = relations.get(model);
  if (!links) return;
  for (const [field, target] of links) {
    if (isObj(data[field])) encryptNested(target, data[field], relations);
  }
}

function encryptNested(model: string, ops: Obj, relations: Relations): void {
  for (const [op, value] of Object.entries(ops)) {
    switch (op) {
      case "create":
        each(value, (d) => encryptData(model, d, "create", relations));
        break;
      case "createMany":
        if (isObj(value)) each(value.data, (d) => encryptData(model, d, "create", relations));
        break;
      case "connectOrCreate":
        each(value, (v) => {
          if (isObj(v.where)) rewriteWhere(model, v.where, relations);
          if (isObj(v.create)) encryptData(model, v.create, "create", relations);
        });
        break;
      case "upsert":
        each(value, (v) => {
          if (isObj(v.where)) rewriteWhere(model, v.where, relations);
          if (isObj(v.create)) encryptData(model, v.create, "create", relations);
          if (isObj(v.update)) encryptData(model, v.update, "update", relations);
        });
        break;
      case "update":
      case "updateMany":
        each(value, (v) => {
          // { where, data } for lists (and optionally to-one), or the data itself for a to-one relation.
          const wrapped = isObj(v.data) && Object.keys(v).every((k) => k === "where" || k === "data");
          if (wrapped) {
            if (isObj(v.where)) rewriteWhere(model, v.where, relations);
            encryptData(model, v.data as Obj, "update", relations);
          } else encryptData(model, v, "update", relations);
        });
        break;
      case "connect":
      case "disconnect":
      case "delete":
      case "deleteMany":
      case "set":
        each(value, (w) => rewriteWhere(model, w, relations));
        break;
    }
  }
}

const HASHABLE_OPS = new Set(["equals", "in", "notIn", "not"]);

/** Rewrites exact filters on hashed fields to their hash column, in place; refuses filters the ciphertext cannot answer. */
export function rewriteWhere(model: string, where: Obj, relations: Relations): void {
  const text = TEXT_FIELDS[model] ?? {};
  const links = relations.get(model);
  for (const key of Object.keys(where)) {
    const value = where[key];
    if (key === "AND" || key === "OR" || key === "NOT") {
      each(value, (w) => rewriteWhere(model, w, relations));
      continue;
    }
    const target = links?.get(key);
    if (target) {
      if (isObj(value)) {
        const nested = ["is", "isNot", "some", "every", "none"].filter((k) => k in value);
        if (nested.length > 0) for (const k of nested) each(value[k], (w) => rewriteWhere(target, w, relations));
        else rewriteWhere(target, value, relations);
      }
      continue;
    }
    const rule = text[key];
    if (!rule || value === undefined) continue;
    // Staff and institution logins and display names are plain: other operators still match those.
    const plainAllowed = model === "User";
    if (!rule.hash) {
      if (plainAllowed) continue;
      throw new Error(`${model}.${key} is encrypted at rest and cannot be filtered in SQL (ADR 057)`);
    }
    const hash = (v: unknown) => (typeof v === "string" ? hashOf(rule.hash!.domain, v) : v);
    if (typeof value === "string" || value === null) {
      delete where[key];
      where[rule.hash.column] = hash(value);
    } else if (isObj(value) && Object.keys(value).every((op) => HASHABLE_OPS.has(op))) {
      const filter: Obj = {};
      for (const [op, operand] of Object.entries(value)) {
        filter[op] = Array.isArray(operand)
          ? operand.map(hash)
          : isObj(operand)
            ? rewriteScalarNot(operand, hash)
            : hash(operand);
      }
      delete where[key];
      where[rule.hash.column] = filter;
    } else if (!plainAllowed) {
      throw new Error(`${model}.${key} is encrypted at rest: only exact matches work (ADR 057)`);
    }
  }
}

function rewriteScalarNot(operand: Obj, hash: (v: unknown) => unknown): Obj {
  const out: Obj = {};
  for (const [op, v] of Object.entries(operand)) out[op] = Array.isArray(v) ? v.map(hash) : hash(v);
  return out;
}

/** Decrypts every encrypted value under a known key, at any depth (includes, selects, raw rows). */
export function decryptResult<T>(value: T): T {
  if (Array.isArray(value)) {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i += 1) items[i] = decryptResult(items[i]);
    return value;
  }
  if (!isObj(value)) return value;
  const row: Obj = value;
  for (const key of Object.keys(row)) {
    const item = row[key];
    if (typeof item === "string") {
      if (DECRYPTED_KEYS.has(key) && isEncryptedText(item)) row[key] = decryptText(item);
    } else if (item instanceof Uint8Array) {
      if (DECRYPTED_KEYS.has(key) && isEncryptedBytes(item)) row[key] = decryptBytes(item);
    } else if (typeof item === "object" && item !== null) {
      decryptResult(item);
    }
  }
  return value;
}

/** Copies plain objects and arrays (the caller's arguments are never changed); other values are shared. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  if (typeof value !== "object" || value === null) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) out[k] = clonePlain(v);
  return out as T;
}

/** Rewrites the `where` of relations read through `select`/`include` (e.g. a plan's applications filtered by candidate). */
export function rewriteNestedReads(model: string, args: Obj, relations: Relations): void {
  const links = relations.get(model);
  if (!links) return;
  for (const key of ["select", "include"] as const) {
    const fields = args[key];
    if (!isObj(fields)) continue;
    for (const [field, value] of Object.entries(fields)) {
      const target = links.get(field);
      if (!target || !isObj(value)) continue;
      if (isObj(value.where)) rewriteWhere(target, value.where, relations);
      rewriteNestedReads(target, value, relations);
    }
  }
}

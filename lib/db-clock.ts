import { now } from "@/lib/clock";
import { relationsOf } from "@/lib/db-crypto/extension";
import type { Relations } from "@/lib/db-crypto/transform";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one clock for every row the portal writes (ADR 008, issue 12 item 11). Columns that
 * PostgreSQL would fill with its own now() (`@default(now())`) or Prisma with the machine's time
 * (`@updatedAt`) get the portal clock's instant instead, unless the caller gave one: in demo
 * mode a staff decision, its audit row, its inbox message and the candidate's event then carry
 * the same day. One place, so a new write cannot forget it. Raw SQL inserts pass now() themselves.
 */
export const ON_CREATE: Record<string, readonly string[]> = {
  User: ["createdAt", "emailSince"],
  Candidate: ["createdAt"],
  Application: ["createdAt", "updatedAt"],
  ScoreCorrection: ["correctedAt"],
  Attachment: ["createdAt"],
  StoredFile: ["createdAt"],
  ApplicationEvent: ["at"],
  AuditLog: ["at"],
  Payment: ["createdAt"],
  BankStatementLine: ["createdAt"],
  Refund: ["createdAt"],
  Notification: ["createdAt"],
  OutboxEmail: ["createdAt"],
  RosterUpload: ["createdAt"],
  ArchiveImport: ["createdAt", "updatedAt"],
  CorrectionRequest: ["createdAt"],
  InstitutionApplication: ["createdAt", "updatedAt"],
  Setting: ["updatedAt"],
  InstitutionDocument: ["updatedAt"],
  HolidayYear: ["completedAt"],
  Passkey: ["createdAt"],
  PasskeyChallenge: ["createdAt"],
};
const ON_UPDATE: Record<string, readonly string[]> = {
  Application: ["updatedAt"],
  Setting: ["updatedAt"],
  InstitutionDocument: ["updatedAt"],
  InstitutionApplication: ["updatedAt"],
};

type Data = Record<string, unknown>;

function stamp<T>(fields: readonly string[] | undefined, data: T): T {
  if (!fields || !data || typeof data !== "object") return data;
  const missing = fields.filter((f) => (data as Data)[f] === undefined);
  if (missing.length === 0) return data;
  const at = now();
  return { ...(data as Data), ...Object.fromEntries(missing.map((f) => [f, at])) } as T;
}

const each = <T>(value: T, fn: (item: unknown) => unknown): T => (Array.isArray(value) ? value.map(fn) : fn(value)) as T;

/**
 * Stamps `data` of `model` (create fields, or update fields when `updating`) and every nested
 * create inside it (`events: { create: … }`, `createMany`, `connectOrCreate`), which would
 * otherwise take PostgreSQL's own now() (a seeded timeline in real time beside decisions in
 * demo time put "last changed by" on the wrong row).
 */
function stampDeep<T>(relations: Relations, model: string, data: T, updating = false): T {
  if (!data || typeof data !== "object") return data;
  const stamped = stamp(updating ? ON_UPDATE[model] : ON_CREATE[model], data) as Data;
  const targets = relations.get(model);
  if (!targets) return stamped as T;
  let out: Data | null = null;
  for (const [field, target] of targets) {
    const nested = stamped[field] as Data | undefined;
    if (!nested || typeof nested !== "object") continue;
    const next: Data = { ...nested };
    if (nested.create) next.create = each(nested.create, (d) => stampDeep(relations, target, d));
    const many = nested.createMany as Data | undefined;
    if (many?.data) next.createMany = { ...many, data: each(many.data, (d) => stampDeep(relations, target, d)) };
    if (nested.connectOrCreate)
      next.connectOrCreate = each(nested.connectOrCreate, (c) => ({
        ...(c as Data),
        create: stampDeep(relations, target, (c as Data).create),
      }));
    out ??= { ...stamped };
    out[field] = next;
  }
  return (out ?? stamped) as T;
}

export function withPortalClock(client: PrismaClient) {
  const relations = relationsOf(client);
  const deep = <T>(model: string, data: T, updating = false) => stampDeep(relations, model, data, updating);
  return client.$extends({
    name: "portal-clock",
    query: {
      $allModels: {
        async create({ model, args, query }) {
          args.data = deep(model, args.data);
          return query(args);
        },
        async createMany({ model, args, query }) {
          args.data = each(args.data, (d) => deep(model, d));
          return query(args);
        },
        async createManyAndReturn({ model, args, query }) {
          args.data = each(args.data, (d) => deep(model, d));
          return query(args);
        },
        async update({ model, args, query }) {
          args.data = deep(model, args.data, true);
          return query(args);
        },
        async updateMany({ model, args, query }) {
          args.data = stamp(ON_UPDATE[model], args.data);
          return query(args);
        },
        async upsert({ model, args, query }) {
          args.create = deep(model, args.create);
          args.update = deep(model, args.update, true);
          return query(args);
        },
      },
    },
  });
}

import { now } from "@/lib/clock";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one clock for every row the portal writes (ADR 008, issue 12 item 11). Columns that
 * PostgreSQL would fill with its own now() (`@default(now())`) or Prisma with the machine's time
 * (`@updatedAt`) get the portal clock's instant instead, unless the caller gave one: in demo
 * mode a staff decision, its audit row, its inbox message and the candidate's event then carry
 * the same day. One place, so a new write cannot forget it. Raw SQL inserts pass now() themselves.
 */
const ON_CREATE: Record<string, readonly string[]> = {
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
  Notification: ["createdAt"],
  OutboxEmail: ["createdAt"],
  RosterUpload: ["createdAt"],
  Setting: ["updatedAt"],
  InstitutionDocument: ["updatedAt"],
};
const ON_UPDATE: Record<string, readonly string[]> = {
  Application: ["updatedAt"],
  Setting: ["updatedAt"],
  InstitutionDocument: ["updatedAt"],
};

type Data = Record<string, unknown>;

function stamp<T>(fields: readonly string[] | undefined, data: T): T {
  if (!fields || !data || typeof data !== "object") return data;
  const missing = fields.filter((f) => (data as Data)[f] === undefined);
  if (missing.length === 0) return data;
  const at = now();
  return { ...(data as Data), ...Object.fromEntries(missing.map((f) => [f, at])) } as T;
}

function stampAll<T>(fields: readonly string[] | undefined, data: T): T {
  return Array.isArray(data) ? (data.map((d: unknown) => stamp(fields, d)) as T) : stamp(fields, data);
}

export function withPortalClock(client: PrismaClient) {
  return client.$extends({
    name: "portal-clock",
    query: {
      $allModels: {
        async create({ model, args, query }) {
          args.data = stamp(ON_CREATE[model], args.data);
          return query(args);
        },
        async createMany({ model, args, query }) {
          args.data = stampAll(ON_CREATE[model], args.data);
          return query(args);
        },
        async createManyAndReturn({ model, args, query }) {
          args.data = stampAll(ON_CREATE[model], args.data);
          return query(args);
        },
        async update({ model, args, query }) {
          args.data = stamp(ON_UPDATE[model], args.data);
          return query(args);
        },
        async updateMany({ model, args, query }) {
          args.data = stamp(ON_UPDATE[model], args.data);
          return query(args);
        },
        async upsert({ model, args, query }) {
          args.create = stamp(ON_CREATE[model], args.create);
          args.update = stamp(ON_UPDATE[model], args.update);
          return query(args);
        },
      },
    },
  });
}

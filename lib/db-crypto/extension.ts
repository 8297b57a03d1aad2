import { Prisma } from "@/lib/generated/prisma/client";
import { dataKeys } from "./keys";
import { clonePlain, decryptResult, encryptData, rewriteNestedReads, rewriteWhere, type Relations } from "./transform";

type Obj = Record<string, unknown>;
interface RuntimeModel {
  fields: { name: string; kind: string; type: string }[];
}

/** Relation fields by model, from the client's runtime data model (for nested writes and filters). */
export function relationsOf(client: unknown): Relations {
  const models = (client as { _runtimeDataModel: { models: Record<string, RuntimeModel> } })._runtimeDataModel.models;
  return new Map(
    Object.entries(models).map(([name, model]) => [
      name,
      new Map(model.fields.filter((f) => f.kind === "object").map((f) => [f.name, f.type])),
    ]),
  );
}

const WHERE_ARGS = ["where"] as const;

/**
 * Encryption at rest as a Prisma client extension (ADR 057): application code keeps writing and
 * reading `candidate.idNumber`, `user.login`, `storedFile.data`; the database holds AES-256-GCM
 * envelopes and HMAC columns. Raw queries are decrypted on the way out too (their column aliases
 * must keep the field names), but raw writes and raw filters must use `lib/db-crypto/raw.ts`.
 */
export function encryptionAtRest(relations: Relations) {
  // Fails at start, not at the first personal read: the keys are checked when the client is made.
  dataKeys();
  return Prisma.defineExtension({
    name: "encryption-at-rest",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const a = clonePlain(args ?? {}) as Obj;
          for (const key of WHERE_ARGS) if (a[key] && typeof a[key] === "object") rewriteWhere(model, a[key] as Obj, relations);
          rewriteNestedReads(model, a, relations);
          switch (operation) {
            case "create":
              if (a.data) encryptData(model, a.data as Obj, "create", relations);
              break;
            case "createMany":
            case "createManyAndReturn":
              for (const d of Array.isArray(a.data) ? a.data : [a.data]) if (d) encryptData(model, d as Obj, "create", relations);
              break;
            case "update":
            case "updateMany":
            case "updateManyAndReturn":
              if (a.data) encryptData(model, a.data as Obj, "update", relations);
              break;
            case "upsert":
              if (a.create) encryptData(model, a.create as Obj, "create", relations);
              if (a.update) encryptData(model, a.update as Obj, "update", relations);
              break;
          }
          return decryptResult(await query(a as typeof args));
        },
      },
      async $queryRaw({ args, query }) {
        return decryptResult<unknown>(await query(args));
      },
      async $queryRawUnsafe({ args, query }) {
        return decryptResult<unknown>(await query(args));
      },
    },
  });
}

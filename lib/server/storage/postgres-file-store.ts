import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { db, type Db } from "@/lib/db";
import { sanitizeFileName } from "./file-name";
import type { FileStore } from "./file-store-types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Prisma's Bytes is a Uint8Array over a plain ArrayBuffer; copy only when the view is over something else. */
function asBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2003";
}

/** Bytes in StoredFile.data (bytea; PostgreSQL TOASTs and compresses them out of the row). */
export function createPostgresFileStore(client: Db = db): FileStore {
  return {
    async put({ bytes, mime, originalName }, tx) {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      return (tx ?? client).storedFile.create({
        data: { sha256, mime, size: bytes.byteLength, originalName: sanitizeFileName(originalName), data: asBytes(bytes) },
        select: { id: true, sha256: true, size: true, mime: true },
      });
    },

    async get(id, tx) {
      // A malformed id would make PostgreSQL raise on the uuid cast: it is just "not found".
      if (!UUID.test(id)) return null;
      const row = await (tx ?? client).storedFile.findUnique({
        where: { id },
        select: { data: true, mime: true, originalName: true, size: true },
      });
      return row && { bytes: row.data, mime: row.mime, originalName: row.originalName, size: row.size };
    },

    async delete(id, tx) {
      if (!UUID.test(id)) return;
      try {
        await (tx ?? client).storedFile.deleteMany({ where: { id } });
      } catch (error) {
        // Attachment.fileId is a foreign key without cascade: an attached file is never lost silently.
        if (isForeignKeyViolation(error)) {
          throw new AppError("CONFLICT", "shell.errors.fileInUse");
        }
        throw error;
      }
    },
  };
}

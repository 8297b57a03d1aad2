import type { Tx } from "@/lib/db";

export interface StoredFileInfo {
  id: string;
  /** Hex SHA-256 of the bytes: lets staff and audits show that a file did not change. */
  sha256: string;
  size: number;
  mime: string;
}

export interface FileContent {
  bytes: Uint8Array;
  mime: string;
  originalName: string;
  size: number;
}

/**
 * Where uploaded files live (docs/decisions/004-file-storage.md). Today a PostgreSQL table;
 * the interface is the seam for an S3-compatible store. `tx` lets a use case store the file in
 * the same transaction as the row that points at it; a store that cannot join a transaction
 * ignores it (see the ADR for what that costs).
 */
export interface FileStore {
  /** Stores the bytes as given; the caller has checked them (lib/server/uploads/accept-upload.ts). */
  put(input: { bytes: Uint8Array; mime: string; originalName: string }, tx?: Tx): Promise<StoredFileInfo>;
  /** `null` for an unknown or malformed id: the caller answers "not found" either way. */
  get(id: string, tx?: Tx): Promise<FileContent | null>;
  /** Idempotent. Throws AppError CONFLICT while an attachment still points at the file. */
  delete(id: string, tx?: Tx): Promise<void>;
}

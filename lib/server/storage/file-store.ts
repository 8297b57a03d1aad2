import "server-only";
import type { FileStore } from "./file-store-types";
import { createPostgresFileStore } from "./postgres-file-store";

export type { FileContent, FileStore, StoredFileInfo } from "./file-store-types";

/** The store the app uses. */
export const fileStore: FileStore = createPostgresFileStore();

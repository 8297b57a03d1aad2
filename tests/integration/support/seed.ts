import { seedCatalog } from "@/prisma/seed/catalog";
import { db } from "@/lib/db";

/** The catalog is idempotent, so every test file can ask for it. */
export async function ensureCatalog(): Promise<void> {
  await seedCatalog(db);
}

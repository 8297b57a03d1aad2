import { createDbClient } from "@/lib/db-client";
import { seedCatalog } from "./catalog";
import { DEMO_ACCOUNTS, seedDemo } from "./demo";
import { seedDemoExam } from "./demo-exam";
import { seedDemoStaff } from "./demo-staff";

/** `npm run db:seed` seeds the catalog; `-- --demo` adds the demo accounts and applications. */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required");
  const db = createDbClient(url);
  try {
    await seedCatalog(db);
    console.log("catalog seeded: 21 projects, 2025 batches, 15 institutions");
    if (process.argv.includes("--demo")) {
      const { created } = await seedDemo(db);
      await seedDemoExam(db);
      await seedDemoStaff(db);
      console.log(created ? `demo data seeded (${DEMO_ACCOUNTS.length} accounts)` : "demo data already present");
    }
  } finally {
    await db.$disconnect();
  }
}

await main();

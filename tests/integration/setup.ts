import { inject } from "vitest";

// Workers must talk to the database global-setup created and migrated, never to the one
// DATABASE_URL named when the run started.
process.env.DATABASE_URL = inject("databaseUrl");

import pg from "pg";
import { reencryptAll, type ReencryptOptions } from "@/lib/db-crypto/reencrypt";
import { isMain, runCli } from "./cli";

/**
 * `npm run db:rotate-keys` (ADR 057, README "Encryption keys"): encrypts every personal column
 * and stored file under the first key of PORTAL_DATA_KEYS: plain rows of a database from before
 * encryption, and rows under an older key after a rotation. `-- --rehash` recomputes the HMAC
 * columns after PORTAL_HMAC_KEY changed. Safe to run while the portal runs, and to run again.
 * `npm run db:migrate` and `npm start` run it after the schema migrations.
 */
export async function encryptData(databaseUrl: string, options: ReencryptOptions = {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await reencryptAll(client, options);
  } finally {
    await client.end();
  }
}

if (isMain(import.meta.url)) {
  runCli(async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is required (e.g. postgresql://postgres@127.0.0.1:5432/portal).");
    const { updated } = await encryptData(url, {
      rehash: process.argv.includes("--rehash"),
      log: (line) => process.stdout.write(`${line}\n`),
    });
    const total = Object.values(updated).reduce((a, b) => a + b, 0);
    process.stdout.write(`加密完成 / encryption done: ${total} row(s) rewritten.\n`);
  });
}

import { db } from "@/lib/db";
import { CRASH_OPERATIONS, type CrashOperationName } from "./operations";

/**
 * The "app process" the crash test SIGKILLs (bundled by harness.ts): does one piece of work
 * (Prisma compiles each query on first use: a cold process would spend the kill window there),
 * says "ready", then works with three requests in flight until there is nothing left ("idle")
 * or it is killed. `node worker.mjs <operation> <tag>`.
 */
const [name, tag] = process.argv.slice(2);
const load = CRASH_OPERATIONS[name as CrashOperationName];
if (!load || !tag) throw new Error(`usage: worker <${Object.keys(CRASH_OPERATIONS).join("|")}> <tag>`);
const operation = (await load()).default;

await db.$queryRaw`SELECT 1`;
await operation.step(tag);
process.stdout.write("ready\n");
await Promise.all(
  Array.from({ length: 3 }, async () => {
    while (await operation.step(tag));
  }),
);
process.stdout.write("idle\n");
await db.$disconnect();

import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { CRASH_OPERATIONS, type CrashOperationName } from "./operations";

/**
 * The "app process" the crash test SIGKILLs (bundled by harness.ts): does one piece of work and
 * counts its statements, says "ready", then works with three requests in flight and SIGKILLs
 * itself right after a statement picked at random among the next step's worth (so anywhere in
 * a step, between any two of its statements, whatever the machine's speed), unless the work runs
 * out first ("idle"). `node worker.mjs <operation> <tag>`.
 */
const [name, tag] = process.argv.slice(2);
const load = CRASH_OPERATIONS[name as CrashOperationName];
if (!load || !tag) throw new Error(`usage: worker <${Object.keys(CRASH_OPERATIONS).join("|")}> <tag>`);
const operation = (await load()).default;

await db.$queryRaw`SELECT 1`;
let statements = 0;
let killAt = Number.POSITIVE_INFINITY;
db.$onQuery(() => {
  statements += 1;
  if (statements >= killAt) process.kill(process.pid, "SIGKILL");
});
await operation.step(tag);
const perStep = Math.max(1, statements);
killAt = statements + randomInt(1, perStep + 1);
process.stdout.write(`ready: ${perStep} statements a step, killed after statement ${killAt - statements}\n`);
await Promise.all(
  Array.from({ length: 3 }, async () => {
    while (await operation.step(tag));
  }),
);
process.stdout.write("idle\n");
await db.$disconnect();

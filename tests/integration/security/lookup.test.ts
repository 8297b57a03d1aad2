import { randomInt } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { formatCertificateNumber } from "@/lib/domain/certificate-number";
import { verifyCertificateByNumber, VERIFY_LIMIT } from "@/lib/server/certificates/verify-certificate";
import { LOOKUP_LIMITS } from "@/lib/server/tickets/lookup-ticket";
import { CLIENT_IP_HEADER } from "@/lib/server/http/trusted-proxies";
import { PROJECT_ROOT } from "@/scripts/db/migrations-dir";
import { POST as ticketLookup } from "@/app/downloads/ticket-lookup/route";
import { createBatch, createPlan } from "../staff/exam/factories";
import { createApplication, createCandidate, uniqueIdNumber } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { giveSessionToPlanOf } from "../support/exam-session";

// Issue 6: the two public lookups (六 ticket, 九 certificate) cannot be used to sweep the
// register: guesses beyond the limit are never evaluated, a wrong ID and a wrong name look the
// same from outside, and ID numbers never travel in a URL.

const ORIGIN = "http://portal.test";

/** Counts the SQL statements that look a person up, through the shared client's query events. */
const lookups = { count: 0, pattern: /$^/ };
let listening = false;
function countLookups(pattern: RegExp): void {
  lookups.count = 0;
  lookups.pattern = pattern;
  if (listening) return;
  listening = true;
  db.$onQuery((event) => {
    if (lookups.pattern.test(event.query)) lookups.count += 1;
  });
}
afterEach(() => {
  lookups.pattern = /$^/;
});

function post(idNumber: string, name: string, ip: string): Promise<Response> {
  const body = new URLSearchParams({ idNumber, name });
  return ticketLookup(
    new Request(`${ORIGIN}/downloads/ticket-lookup`, {
      method: "POST",
      headers: {
        host: "portal.test",
        origin: ORIGIN,
        "content-type": "application/x-www-form-urlencoded",
        // The address as scripts/portal-server.ts passes it on (issue 10): the only one clientIp reads.
        [CLIENT_IP_HEADER]: ip,
      },
      body,
    }),
  );
}

/** Every statement the shared client runs while `recording` (the SQL, without its values). */
const statements = { recording: false, list: [] as string[] };
let recordingStatements = false; // one listener for the file

/**
 * The statements of each of n calls of `a` and of `b`: a wrong ID and a wrong name must cost the
 * same work, which the statements show whatever the machine's load (issue 15: a ratio of times
 * judged how busy the machine was; the work is what tells a prober apart, and it is the same).
 */
async function statementsOf(
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
  n = 5,
): Promise<[string[][], string[][]]> {
  if (!recordingStatements) {
    recordingStatements = true;
    db.$onQuery((event) => {
      if (statements.recording) statements.list.push(event.query);
    });
  }
  const run = async (call: () => Promise<unknown>) => {
    statements.list = [];
    statements.recording = true;
    await call();
    statements.recording = false;
    // Sorted: Prisma runs a query's relation loads side by side, in no fixed order.
    return statements.list.sort();
  };
  const [sa, sb]: [string[][], string[][]] = [[], []];
  for (let i = 0; i < n; i++) {
    sa.push(await run(() => a(i)));
    sb.push(await run(() => b(i)));
  }
  return [sa, sb];
}

let ticketHolder: { idNumber: string; name: string };
/** People with a ticket, one per wrong-name guess (one ID number is only tried 5 times). */
const holders: { idNumber: string; name: string }[] = [];

beforeAll(async () => {
  process.env.PORTAL_CLIENT_IP_SERVER = "1";
  process.env.PORTAL_NOW = "2025-05-20T10:00:00+08:00"; // batch 4's ticket window (三)
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  await ensureCatalog();
  const person = await createCandidate({ name: "查询人" });
  const id = await createApplication({ candidateId: person.candidateId, batchSeq: 4, status: "PAYMENT_CONFIRMED" });
  await db.application.update({ where: { id }, data: { ticketNumber: `2504019${String(randomInt(1000, 9999))}` } });
  await giveSessionToPlanOf(id);
  ticketHolder = { idNumber: person.idNumber, name: person.name };
  for (let i = 0; i < 22; i++) {
    const other = await createCandidate({ name: "查询人" });
    await createApplication({ candidateId: other.candidateId, batchSeq: 4, status: "PAYMENT_CONFIRMED", withFiles: false });
    holders.push({ idNumber: other.idNumber, name: other.name });
  }
});

describe("六 ticket lookup under guessing", () => {
  it(`1,000 guesses from one address: at most ${LOOKUP_LIMITS.ip} evaluated, the rest answered "too many" without a lookup`, async () => {
    countLookups(/"idNumber"/);
    const answers = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const response = await post(uniqueIdNumber(), "张三", "192.0.2.200");
      const where = response.headers.get("location") ?? String(response.status);
      answers.set(where, (answers.get(where) ?? 0) + 1);
    }
    expect(lookups.count).toBeLessThanOrEqual(LOOKUP_LIMITS.ip);
    expect(answers.get("/ticket?error=lookupFailed")).toBe(LOOKUP_LIMITS.ip);
    expect(answers.get("/ticket?error=rateLimited")).toBe(1000 - LOOKUP_LIMITS.ip);
  });

  it(`100 names tried for one ID number from 100 addresses: at most ${LOOKUP_LIMITS.idNumber} evaluated`, async () => {
    countLookups(/"idNumber"/);
    const idNumber = uniqueIdNumber();
    for (let i = 0; i < 100; i++) await post(idNumber, `张${String.fromCharCode(0x4e00 + i)}`, `192.0.2.${i + 1}`);
    expect(lookups.count).toBeLessThanOrEqual(LOOKUP_LIMITS.idNumber);
  });

  it("a wrong ID number and a wrong name get the same status and answer, by the same statements", async () => {
    let ip = 0;
    const seen = new Set<string>();
    const record = async (response: Response) =>
      seen.add(`${response.status} ${response.headers.get("location")} ${await response.text()}`);
    const [wrongId, wrongName] = await statementsOf(
      async () => record(await post(uniqueIdNumber(), ticketHolder.name, `198.18.1.${++ip}`)),
      async (i) => record(await post(holders[i + 1]!.idNumber, "王五", `198.18.2.${++ip}`)),
    );
    expect([...seen]).toEqual(["303 /ticket?error=lookupFailed "]);
    expect(wrongId[0]!.length).toBeGreaterThan(0);
    expect([...wrongId, ...wrongName]).toEqual(Array.from({ length: 10 }, () => wrongId[0]));
    // The right pair still works (the limit is per address and per ID number, not global).
    const found = await post(ticketHolder.idNumber, ticketHolder.name, "198.18.3.1");
    expect(found.status).toBe(200);
    expect(found.headers.get("content-type")).toBe("application/pdf");
  });
});

describe("九 certificate verification under guessing", () => {
  let certificate: { number: string; name: string };

  beforeAll(async () => {
    const batch = await createBatch("2041-09-06");
    const plan = await createPlan(batch, 7, "HELD");
    await db.plan.update({ where: { id: plan }, data: { noticePublishedAt: new Date() } });
    const person = await createCandidate({ name: "持证人" });
    const number = formatCertificateNumber({ year: 2041, projectSeq: 7, sequence: randomInt(1, 9000) });
    await db.application.create({
      data: {
        planId: plan,
        candidateId: person.candidateId,
        channel: "INDIVIDUAL",
        status: "PAYMENT_CONFIRMED",
        certificateNumber: number,
        certificateIssuedAt: new Date(),
      },
    });
    certificate = { number, name: person.name };
  });

  it(`1,000 guesses from one address: at most ${VERIFY_LIMIT.perIp} evaluated`, async () => {
    countLookups(/"certificateNumber"/);
    let limited = 0;
    for (let i = 0; i < 1000; i++) {
      const guess = formatCertificateNumber({ year: 2041, projectSeq: 7, sequence: (i % 9000) + 1 });
      await verifyCertificateByNumber(guess, "张三", "192.0.2.201", new Date()).catch((error: unknown) => {
        if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
        limited += 1;
      });
    }
    expect(lookups.count).toBeLessThanOrEqual(VERIFY_LIMIT.perIp);
    expect(limited).toBe(1000 - VERIFY_LIMIT.perIp);
  });

  it("a wrong number and a wrong name get the same answer, by the same statements", async () => {
    let ip = 0;
    const answers = new Set<string>();
    const [wrongNumber, wrongName] = await statementsOf(
      async (i) => {
        const guess = formatCertificateNumber({ year: 2041, projectSeq: 8, sequence: i + 2 });
        answers.add(JSON.stringify(await verifyCertificateByNumber(guess, certificate.name, `198.18.4.${++ip}`, new Date())));
      },
      async () =>
        answers.add(JSON.stringify(await verifyCertificateByNumber(certificate.number, "王五", `198.18.5.${++ip}`, new Date()))),
    );
    expect([...answers]).toEqual([JSON.stringify({ valid: false })]);
    expect(wrongNumber[0]!.length).toBeGreaterThan(0);
    expect([...wrongNumber, ...wrongName]).toEqual(Array.from({ length: 10 }, () => wrongNumber[0]));
    expect(await verifyCertificateByNumber(certificate.number, certificate.name, "198.18.6.1", new Date())).toMatchObject({
      valid: true,
    });
  });
});

describe("ID numbers never in URLs", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith(".test.ts")) files.push(full);
    }
  };
  walk(path.join(PROJECT_ROOT, "app"));
  walk(path.join(PROJECT_ROOT, "components"));
  const rel = (file: string) => path.relative(PROJECT_ROOT, file);

  it("no page or GET route reads an ID number from the query string", () => {
    const offenders = files.filter((file) => {
      const source = readFileSync(file, "utf8");
      return (
        /searchParams/.test(source) &&
        /searchParams[^\n;]*(idNumber|idCard|身份证)|["'](idNumber|id_number|idCard)["']\s*\)?\s*[,;)]?[^\n]*searchParams/.test(
          source,
        )
      );
    });
    expect(offenders.map(rel)).toEqual([]);
  });

  it("no form that sends an ID number uses GET", () => {
    const offenders = files.filter((file) => {
      const source = readFileSync(file, "utf8");
      return /name=["']idNumber["']|register\(["']idNumber["']\)/.test(source) && /method=["']get["']/i.test(source);
    });
    expect(offenders.map(rel)).toEqual([]);
  });
});

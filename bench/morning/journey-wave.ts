import { encodeReply } from "../../scripts/bench-support/server-actions";
import type { BenchPerson } from "../../scripts/bench-support/fixtures";
import {
  describe,
  forApplication,
  JOURNEY,
  replayedPrefetches,
  rscSearchParam,
  type JourneyRequest,
  type JourneyRequestKind,
} from "./journey-requests";
import { atMost, BROWSER_CONNECTIONS, BROWSER_ENCODINGS, chains, CookieJar, failureText, loginForm } from "./journey-browser";
import { cpuMsOf, machineBusy } from "./shared";

/**
 * One candidate's journey replayed as Chromium sends it (bench/morning/journey-requests.ts, ADR
 * 155), and a wave of them arriving evenly: what bench/morning/journey.ts measures, against one
 * process or through nginx (ADR 160).
 */

export const JOURNEY_KINDS: JourneyRequestKind[] = [
  "document",
  "action",
  "navigation",
  "image",
  "api",
  "prefetch-tree",
  "prefetch-head",
];
/** What one wave's requests took (wall ms): by kind, and those a candidate waits for. */
export type WaveRecord = { latencies: Record<JourneyRequestKind, number[]>; waitedFor: number[] };
export const newRecord = (): WaveRecord => ({
  latencies: Object.fromEntries(JOURNEY_KINDS.map((kind) => [kind, [] as number[]])) as Record<JourneyRequestKind, number[]>,
  waitedFor: [],
});

/** Where a wave is sent: its address and the portal processes behind it (their CPU from /proc). */
export type Target = { base: string; pids: readonly number[]; record: WaveRecord };

/** The CPU the target's portal processes have used so far (ms), or null without /proc. */
const serverCpu = (target: Target) => {
  const values = target.pids.map(cpuMsOf);
  return values.every((v) => v !== null) ? values.reduce((n: number, v) => n + v, 0) : null;
};

/**
 * The journey and the wave for one run: `loginId` is the login action's id in this build,
 * `password` every candidate's, `arrivalMs` how long a wave takes to arrive. `cpuByKind` sums the
 * server's CPU of the calm journeys (`calm = true`) by kind of request.
 */
export function journeyRunner(options: { loginId: string; password: string; arrivalMs: number }) {
  /** Server CPU by kind of request, summed over the calm pass (the wave's requests overlap: no share of them can be told). */
  const cpuByKind = Object.fromEntries(JOURNEY_KINDS.map((kind) => [kind, { ms: 0, n: 0 }])) as Record<
    JourneyRequestKind,
    { ms: number; n: number }
  >;
  const journey = async (target: Target, person: BenchPerson, i: number, calm = false) => {
    const base = target.base;
    const address = `10.${100 + Math.floor(i / 65_000)}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
    const jar = new CookieJar();
    let loginPage = "";
    let photoVersion: string | undefined;
    /** Sends one request of the list as the browser does, reads the answer to the end and checks it. */
    const send = async (listed: JourneyRequest, waited: boolean) => {
      const request = forApplication(listed, person.applicationId);
      const url = new URL(`${base}${request.path}`);
      if (request.query.includes("_rsc")) url.searchParams.set("_rsc", await rscSearchParam(request.headers));
      if (request.query.includes("v")) {
        if (!photoVersion) throw new Error(`${describe(listed)}: the review showed no photo`);
        url.searchParams.set("v", photoVersion);
      }
      const headers: Record<string, string> = { "Accept-Encoding": BROWSER_ENCODINGS, "X-Forwarded-For": address };
      for (const [name, value] of Object.entries(request.headers)) {
        if (name === "next-action") headers[name] = options.loginId;
        else if (name === "next-router-state-tree") headers[name] = encodeURIComponent(value);
        else headers[name] = value;
      }
      if (jar.header()) headers.Cookie = jar.header();
      let body: FormData | string | undefined;
      if (request.method === "POST") headers.Origin = base;
      if (request.kind === "action") {
        const encoded = await encodeReply([null, loginForm(loginPage, { login: person.idNumber, password: options.password })]);
        body = encoded;
        if (typeof encoded === "string") headers["Content-Type"] = "text/plain;charset=UTF-8";
      }
      const cpuBefore = calm ? serverCpu(target) : null;
      const t = performance.now();
      const response = await fetch(url, { method: request.method, headers, body, redirect: "manual" });
      const text = await response.text();
      const elapsed = performance.now() - t;
      const cpuAfter = calm ? serverCpu(target) : null;
      if (!calm) {
        target.record.latencies[request.kind].push(elapsed);
        if (waited) target.record.waitedFor.push(elapsed);
      } else if (cpuBefore !== null && cpuAfter !== null) {
        cpuByKind[request.kind].ms += cpuAfter - cpuBefore;
        cpuByKind[request.kind].n += 1;
      }
      jar.take(response);
      const type = response.headers.get("content-type") ?? "";
      const wrong = (why: string) => new Error(`${describe(listed)}: HTTP ${response.status}, ${why}`);
      if (response.status !== 200) throw wrong("not 200");
      if (request.kind === "document") loginPage = text;
      if (request.kind === "action") {
        // The redirect's answer carries /me (Next renders it by an internal RSC GET): no /me of the browser's own.
        if (!response.headers.get("x-action-redirect")?.endsWith("/me;push")) throw wrong("no redirect to /me");
        if (!jar.has("authjs.session-token")) throw wrong("no session cookie");
      }
      if (
        request.kind !== "document" &&
        request.kind !== "image" &&
        request.kind !== "api" &&
        !type.startsWith("text/x-component")
      )
        throw wrong(`${type} instead of an RSC payload`);
      if (request.kind === "navigation" && request.path.endsWith("/edit/review"))
        photoVersion = /attachments\/PHOTO\?v=(\d+)/.exec(text)?.[1];
      if (request.kind === "image" && !type.startsWith("image/")) throw wrong(type);
      if (request.kind === "api") {
        const result = JSON.parse(text) as { ok?: boolean; formError?: string };
        if (result.ok !== true) throw wrong(result.formError ?? "not ok");
      }
    };
    for (const step of JOURNEY) {
      for (const request of step.main) await send(request, true);
      await atMost(calm ? 1 : BROWSER_CONNECTIONS, chains(replayedPrefetches(step)), async (chain) => {
        for (const request of chain) await send(request, false);
      });
    }
  };

  /** `wavePeople` arrive evenly over the arrival time at `target`, each walking the journey once. */
  const wave = async (target: Target, wavePeople: readonly BenchPerson[], offset: number) => {
    const failures: string[] = [];
    const serverBefore = serverCpu(target);
    const benchBefore = process.cpuUsage();
    const busyBefore = machineBusy();
    const started = performance.now();
    let completed = 0;
    await Promise.all(
      wavePeople.map(async (person, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * options.arrivalMs) / wavePeople.length));
        try {
          await journey(target, person, offset + i);
          completed += 1;
        } catch (error) {
          failures.push(failureText(error));
        }
      }),
    );
    const wallMs = performance.now() - started;
    const serverAfter = serverCpu(target);
    const benchUsed = process.cpuUsage(benchBefore);
    const busyAfter = machineBusy();
    const busy = busyBefore && busyAfter ? busyAfter.busy - busyBefore.busy : null;
    const total = busyBefore && busyAfter ? busyAfter.total - busyBefore.total : null;
    return {
      failures,
      completed,
      wallMs,
      serverCpuMs: serverBefore !== null && serverAfter !== null ? serverAfter - serverBefore : null,
      benchCpuMs: (benchUsed.user + benchUsed.system) / 1000,
      machineShare: busy !== null && total ? busy / total : null,
    };
  };

  return { journey, wave, cpuByKind };
}

import type { Request } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { createDbClient } from "@/lib/db-client";
import {
  forApplication,
  ID,
  JOURNEY,
  LOGIN_FORM_FIELDS,
  rscSearchParam,
  WORK_HEADERS,
  type JourneyRequest,
  type JourneyStep,
} from "@/bench/morning/journey-requests";
import { benchPeople } from "@/scripts/bench-support/fixtures";
import { actionId } from "@/scripts/bench-support/server-actions";
import { e2eDatabaseUrl } from "./support/database";
import { expect, test } from "./support/test";

// Issue 14: the opening-morning bench (bench/morning/journey.ts) replays, per candidate, what a
// phone with JavaScript asks of the portal in this journey. This spec is what keeps that list
// (bench/morning/journey-requests.ts, ADR 155) true: it walks the journey in Chromium, as the
// bench's own fixture candidate (a complete draft in the open bench batch), records every request
// to the portal and fails when one differs from the list in method, path, query keys or a header
// that changes the server's work (the `_rsc` value included, which hashes the router headers).
// Step by step: the requests that bring a page in order, its links' prefetches in any order; the
// prefetches again after the login are a race in the browser (any of them, once each). A phone's
// viewport and a CPU 4× slower, as a phone's. Static files (/_next/static, fonts, icons) are
// counted, not listed. It runs as the bench's fixture candidate, in the unpublished bench batch.

const PASSWORD = "Morning2025ok";

/** One request as compared: what the server is asked, in words a failing diff shows. */
function line(request: Pick<JourneyRequest, "method" | "path" | "query" | "headers">, rsc: string | null): string {
  const headers = WORK_HEADERS.filter((name) => request.headers[name] !== undefined)
    .map((name) => `${name}: ${request.headers[name]}`)
    .join(" | ");
  const query = request.query.length > 0 ? `?${request.query.join("&")}` : "";
  return `${request.method} ${request.path}${query}${rsc !== null ? ` (_rsc ${rsc})` : ""} {${headers}}`;
}

const isStatic = (path: string) => path.startsWith("/_next/static/") || /\.(js|css|woff2?|ico|png|svg|webmanifest)$/.test(path);

interface Recorded {
  prefetch: boolean;
  line: string;
  /** The browser gave up on the answer (Next cancels a prefetch it has what it needs from; an image replaced while loading). */
  aborted: boolean;
}

/**
 * The page's own requests, less one the browser dropped and asked again (the same request, later),
 * and less a repeat of one the list says may come twice (`mayRepeat`).
 */
function ownRequests(recorded: Recorded[], mayRepeat: Set<string>): string[] {
  const own = recorded.filter((r) => !r.prefetch);
  return own
    .filter((r, i) => !(r.aborted && own.slice(i + 1).some((later) => later.line === r.line)))
    .filter((r, i, kept) => !(i > 0 && mayRepeat.has(r.line) && kept[i - 1]!.line === r.line))
    .map((r) => r.line);
}

interface Expected {
  main: string[];
  mayRepeat: Set<string>;
  /** Sent every time. */
  prefetch: string[];
  /** The race's (each at most once), and what stands in for them by path when they did not go out. */
  race: { line: string; path: string; kind: string }[];
  unlessRaced: { line: string; path: string; kind: string }[];
}

async function expectedLines(step: JourneyStep, applicationId: string): Promise<Expected> {
  const render = async (request: JourneyRequest) => {
    const filled = forApplication(request, applicationId);
    const rsc = request.query.includes("_rsc") ? await rscSearchParam(filled.headers) : null;
    // Compared with the id as `<id>` (the recorded ones too), so a failure reads like the list.
    return { line: line(request, rsc), path: request.path, kind: request.kind };
  };
  const of = async (when: JourneyRequest["when"]) =>
    Promise.all(step.prefetch.filter((request) => request.when === when).map(render));
  const main = await Promise.all(step.main.map(render));
  return {
    main: main.map((r) => r.line),
    mayRepeat: new Set(main.filter((_, i) => step.main[i]!.mayRepeat).map((r) => r.line)),
    prefetch: (await of(undefined)).map((r) => r.line).sort(),
    race: await of("race"),
    unlessRaced: await of("unlessRaced"),
  };
}

/**
 * What a step's recording lacks and what it has beyond the list: the page's own requests in
 * order, the prefetches as a multiset; a race's request may be there or not (once at most), and
 * what stands in for it must be there exactly when the race's tree of that path is not.
 */
function compare(expected: Expected, recorded: Recorded[]): { main: string[]; missing: string[]; unexpected: string[] } {
  const prefetches = recorded.filter((r) => r.prefetch).map((r) => r.line);
  const left = [...prefetches];
  const take = (wanted: string) => {
    const at = left.indexOf(wanted);
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  };
  const missing = expected.prefetch.filter((wanted) => !take(wanted));
  const racedTrees = new Set<string>();
  for (const race of expected.race) if (take(race.line) && race.kind === "prefetch-tree") racedTrees.add(race.path);
  for (const standIn of expected.unlessRaced) {
    if (racedTrees.has(standIn.path)) continue;
    if (!take(standIn.line)) missing.push(standIn.line);
  }
  return { main: ownRequests(recorded, expected.mayRepeat), missing: missing.sort(), unexpected: left.sort() };
}

test("[考生] 开考日早晨的一次报名：浏览器向门户发出的请求与压测重放的清单一致（ADR 155） @candidate", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const db = createDbClient(e2eDatabaseUrl());
  const [person] = await benchPeople(db, { count: 1 });
  await db.user.update({ where: { id: person!.userId }, data: { passwordHash: await hashPassword(PASSWORD) } });
  await db.$disconnect();
  const applicationId = person!.applicationId;
  const loginId = actionId("app/[locale]/login/actions.ts", "loginAction");
  const origin = new URL(baseURL!).origin;

  const recorded: Promise<Recorded>[] = [];
  const statics: number[] = [0];
  const loginPosts: Promise<FormData | null>[] = [];
  const failed = new Map<Request, string>();
  page.on("requestfailed", (request) => failed.set(request, request.failure()?.errorText ?? "failed"));
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    if (isStatic(url.pathname)) {
      statics[statics.length - 1]! += 1;
      return;
    }
    const toList = (text: string) => text.replaceAll(applicationId, ID);
    recorded.push(
      request.allHeaders().then((all) => {
        const headers: Record<string, string> = {};
        for (const name of WORK_HEADERS) {
          const value = all[name];
          if (value === undefined) continue;
          if (name === "next-router-state-tree") headers[name] = toList(decodeURIComponent(value));
          else if (name === "next-action") headers[name] = value === loginId ? "loginAction" : value;
          else headers[name] = toList(value);
        }
        const query = [...url.searchParams.keys()];
        return {
          prefetch: all["next-router-prefetch"] !== undefined,
          line: line(
            { method: request.method() as "GET" | "POST", path: toList(url.pathname), query, headers },
            url.searchParams.get("_rsc"),
          ),
          get aborted() {
            return failed.has(request);
          },
        };
      }),
    );
    if (request.method() === "POST" && url.pathname === "/login") {
      loginPosts.push(
        (async () => {
          const body = request.postDataBuffer();
          const type = (await request.allHeaders())["content-type"];
          return body && type ? new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData() : null;
        })(),
      );
    }
  });

  const steps = new Map(JOURNEY.map((step) => [step.name, step]));
  /** Waits until the step's requests are all there (prefetches come as the page's links show), then compares. */
  const check = async (name: JourneyStep["name"], from: number) => {
    const expected = await expectedLines(steps.get(name)!, applicationId);
    await expect
      .poll(async () => compare(expected, await Promise.all(recorded.slice(from))), {
        message: `the requests of step "${name}"`,
      })
      .toEqual({ main: expected.main, missing: [], unexpected: [] });
    statics.push(0);
    return recorded.length;
  };

  // A phone's CPU, as Lighthouse's mobile profile has it (4× slower): what the browser asks for
  // depends on it once (the prefetches again after the login, bench/morning/journey-requests.ts).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let from = 0;
  await test.step("打开登录页", async () => {
    await page.goto("/login");
    from = await check("login page", from);
  });

  await test.step("用密码登录，落在个人中心：登录动作的回答已带着 /me", async () => {
    await page.getByLabel("身份证号码或用户名").fill(person!.idNumber);
    await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    const response = await answer;
    expect(response.headers()["x-action-redirect"]).toBe(`${origin}/me;push`);
    expect(response.headers()["content-type"]).toContain("text/x-component");
    // It set cookies: the browser empties its prefetch cache (since ADR 158 nothing was prefetched, so nothing is asked again).
    expect(response.headers()["x-action-revalidated"]).toBeDefined();
    await expect(page.getByRole("heading", { name: `您好，${person!.name}` })).toBeVisible();
    await expect(page).toHaveURL(/\/me$/);
    const before = from;
    from = await check("login", from);
    const lines = (await Promise.all(recorded.slice(before, from))).map((r) => r.line);
    const race = (await expectedLines(steps.get("login")!, applicationId)).race;
    test.info().annotations.push({
      type: "prefetched again after the login (the race)",
      description: `${race.filter((r) => lines.includes(r.line)).length} of ${race.length}`,
    });
    // The form the bench posts: the same fields (React's hidden ones for the action first).
    const form = await loginPosts[0]!;
    const names = [...(form?.keys() ?? [])].filter((key) => key !== "0").map((key) => key.replace(/^_1_/, ""));
    expect(names).toEqual(LOGIN_FORM_FIELDS);
  });

  await test.step("点「查看详情」", async () => {
    await page.getByRole("link", { name: "查看详情" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "报名详情" })).toBeVisible();
    from = await check("application", from);
  });

  await test.step("点「继续填报」到核对提交", async () => {
    await page.getByRole("link", { name: "继续填报" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "核对提交" })).toBeVisible();
    from = await check("review", from);
  });

  await test.step("点「提交报名」，回到报名详情", async () => {
    await page.getByRole("button", { name: "提交报名" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "报名详情" })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/me/applications/${applicationId}$`));
    from = await check("submit", from);
  });

  const all = await Promise.all(recorded);
  test.info().annotations.push({
    type: "answers the browser gave up on",
    description: all
      .filter((r) => r.aborted)
      .map((r) => r.line.replace(/ \{.*$/, ""))
      .join("; "),
  });
  // Scripts, styles and fonts come too; the bench leaves them out (static files, ADR 088).
  test.info().annotations.push({ type: "static files per step", description: statics.slice(0, -1).join(", ") });
  expect(statics.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
});

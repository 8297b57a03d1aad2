import { type APIResponse } from "@playwright/test";
import { withCheckDigit } from "@/lib/domain/id-number";
import { DEMO_CANDIDATE_ID_NUMBER, DEMO_PASSWORD } from "@/prisma/seed/demo";
import { actionId } from "@/scripts/bench-support/server-actions";
import { sql } from "./support/database";
import { submitLoginForm } from "./support/staff-login";
import { expect, test } from "./support/test";

// Issue 6 against the running production server (tests/e2e/support/server.ts): security
// headers on every page, no full ID number in any public page, mutations refuse a foreign
// Origin, and the session cookie is replaced at login and dead after logout.

const PAGES = [
  "/",
  "/calendar",
  "/projects",
  "/institutions",
  "/eligibility",
  "/ticket",
  "/notice",
  "/verify/certificate",
  "/verify/ticket",
  "/login",
  "/signup",
  "/en",
  "/en/calendar",
  "/en/projects",
  "/en/institutions",
  "/en/eligibility",
  "/en/ticket",
];
/** Pages behind a login answer with a redirect: the redirect carries the headers too. */
const PRIVATE = ["/me", "/staff", "/institution", "/staff/review"];

function fullIdNumbers(text: string): string[] {
  return [...text.matchAll(/(?<![\dX])\d{17}[\dXx](?![\dX])/g)]
    .map((m) => m[0].toUpperCase())
    .filter((id) => withCheckDigit(id.slice(0, 17)) === id);
}

function expectSecurityHeaders(response: APIResponse, where: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], where).toMatch(/frame-ancestors 'none'/);
  expect(headers["content-security-policy"], where).toMatch(/default-src 'self'/);
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-powered-by"], where).toBeUndefined();
}

test.describe("[安全] security @public", () => {
  test("[公众] 每个页面都带安全响应头（CSP frame-ancestors、Referrer-Policy、nosniff）", async ({ request }) => {
    for (const path of [...PAGES, "/api/v1/health", "/api/v1/projects"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectSecurityHeaders(response, path);
    }
    // Files carry stricter headers of their own (lib/server/http/file-response.ts): nothing runs, nothing frames them.
    const form = await request.get("/forms/application-form.pdf");
    expect(form.status()).toBe(200);
    expect(form.headers()["content-security-policy"]).toMatch(/^default-src 'none'/);
    expect(form.headers()["x-content-type-options"]).toBe("nosniff");
    expect(form.headers()["x-frame-options"]).toBe("DENY");
    expect(form.headers()["content-disposition"]).toMatch(/^attachment;/);
    for (const path of PRIVATE) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([302, 303, 307, 308], path).toContain(response.status());
      expectSecurityHeaders(response, path);
    }
  });

  test("[公众] 公开页面不出现任何完整身份证号码（演示考生的号码也不出现）", async ({ request }) => {
    for (const path of PAGES) {
      const html = await (await request.get(path)).text();
      expect(fullIdNumbers(html), path).toEqual([]);
      expect(html, path).not.toContain(DEMO_CANDIDATE_ID_NUMBER);
    }
  });

  test("[公众] 来自其他网站（Origin）的准考证查询、服务器操作和提交被拒绝", async ({ request, baseURL }) => {
    const form = { idNumber: DEMO_CANDIDATE_ID_NUMBER, name: "王小明" };
    const foreign = await request.post("/downloads/ticket-lookup", {
      form,
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(foreign.status()).toBe(303);
    expect(foreign.headers()["location"]).toMatch(/\/ticket\?error=/);
    expect(foreign.headers()["content-type"] ?? "").not.toContain("pdf");

    // A server action (the public eligibility self-check): same origin answers, a foreign one does not.
    const id = actionId("app/[locale]/eligibility/actions.ts", "checkEligibilityAction");
    const call = (origin: string) =>
      request.post("/eligibility", {
        headers: { "Next-Action": id, Origin: origin, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
        data: JSON.stringify([
          { project: 1, idNumber: DEMO_CANDIDATE_ID_NUMBER, education: "BACHELOR", graduatingThisYear: false },
        ]),
        maxRedirects: 0,
      });
    const own = await call(baseURL!);
    expect(own.status()).toBe(200);
    expect(await own.text()).toMatch(/"ok":(true|false)/); // the action ran (its answer is the self-check's)
    const evil = await call("https://evil.example");
    expect(evil.status()).toBeGreaterThanOrEqual(400);
    expect(await evil.text()).not.toContain('"ok":');

    // The submit route (ADR 053) refuses a foreign Origin before it looks at the session; from
    // the portal's own origin, without a session, it asks to sign in.
    const submit = (origin: string) =>
      request.post("/api/applications/00000000-0000-4000-8000-000000000000/submit", { headers: { Origin: origin } });
    expect((await submit("https://evil.example")).status()).toBe(403);
    expect((await submit(baseURL!)).status()).toBe(401);
  });

  test("[考生] 登录时换发新会话，退出后旧会话在服务器端失效", async ({ page, request, context, baseURL }) => {
    // A session cookie planted before login (session fixation) is not what the login keeps.
    await context.addCookies([{ name: "authjs.session-token", value: "planted-by-someone-else", url: baseURL! }]);
    await page.goto("/login");
    await page.getByLabel("身份证号码或用户名").fill(DEMO_CANDIDATE_ID_NUMBER);
    await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
    await submitLoginForm(page);
    await expect(page.getByRole("heading", { name: /您好/ })).toBeVisible();
    const session = (await context.cookies()).find((c) => c.name === "authjs.session-token");
    expect(session?.value).toBeTruthy();
    expect(session?.value).not.toBe("planted-by-someone-else");
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");

    // The copied cookie works until logout…
    const copied = `authjs.session-token=${session!.value}`;
    expect((await request.get("/me", { headers: { Cookie: copied }, maxRedirects: 0 })).status()).toBe(200);
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/$/);
    // …and not after: the server bumped the session version, whatever the browser kept.
    const after = await request.get("/me", { headers: { Cookie: copied }, maxRedirects: 0 });
    expect([302, 303, 307]).toContain(after.status());
    expect(after.headers()["location"]).toMatch(/\/login/);
  });

  test("[公众] 伪造 X-Forwarded-For 绕不过按地址的查询次数限制；超大请求体得到中文 413", async ({ request, baseURL }) => {
    // Issue 10 (ADR 055): against the real portal server, which takes the address from the
    // connection; the lookup allows 20 per address in 15 minutes.
    await sql(`DELETE FROM "RateLimit" WHERE key LIKE 'ticket-lookup:%'`);
    try {
      const answers: string[] = [];
      for (let i = 0; i < 25; i++) {
        const response = await request.post("/downloads/ticket-lookup", {
          form: { idNumber: withCheckDigit(`51010419900101${String(100 + i)}`), name: "张三" },
          headers: {
            Origin: baseURL!,
            "X-Forwarded-For": `100.64.${i}.1`,
            "X-Real-IP": `100.65.${i}.1`,
            "x-portal-client-ip": `100.66.${i}.1`,
          },
          maxRedirects: 0,
        });
        answers.push(response.headers()["location"] ?? String(response.status()));
      }
      expect(answers.filter((a) => a.endsWith("error=rateLimited"))).toHaveLength(5);
    } finally {
      await sql(`DELETE FROM "RateLimit" WHERE key LIKE 'ticket-lookup:%'`);
    }

    // A body over the one request limit (12 MB) is refused before the app reads it.
    const big = await request.post("/eligibility", {
      headers: { Origin: baseURL!, "Content-Type": "application/octet-stream" },
      data: Buffer.alloc(13 * 1024 * 1024, 0x20),
    });
    expect(big.status()).toBe(413);
    expect(await big.text()).toContain("未被接收");
  });
});

import { expect, test, type Page } from "@playwright/test";
import { DEMO_CANDIDATE_ID_NUMBER, DEMO_PASSWORD } from "@/prisma/seed/demo";
import { idNumberHash, seal } from "@/lib/db-crypto/raw";
import { readFileSync } from "node:fs";
import { sql } from "./support/database";
import { hanOutsideNames, namesAllowList, scanPages } from "./support/han-scan";
import { sampleParams } from "./support/stored-samples";
import { loginAsStaff } from "./support/staff-login";

// Issue 16 item 7, "English everywhere on /en" (ADR 123): each area's main English pages show no
// Chinese outside people's and institutions' names and text marked lang="zh-CN" (the notice's own
// words). Signed in as each role on the demo data, whose applications are in every state.

/** The distinct `/en/...` links of the page whose path matches, in page order. */
async function linksLike(page: Page, pattern: RegExp, limit: number): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((h) => pattern.test(h)))].slice(0, limit);
}

test("[public] the public English pages show no Chinese outside names @public", async ({ page }) => {
  test.setTimeout(180_000);
  const allow = await namesAllowList();
  const found = await scanPages(
    page,
    [
      "/en",
      "/en/projects",
      "/en/calendar",
      "/en/calendar/2025",
      "/en/institutions",
      "/en/institutions/apply",
      "/en/guide",
      "/en/eligibility",
      "/en/ticket",
      "/en/notice",
      "/en/verify/certificate",
      "/en/privacy",
      "/en/login",
      "/en/signup",
      "/en/forgot-password",
      "/en/appeal",
    ],
    allow,
  );
  // The self-check's reasons quote the catalog's Chinese lists (majors, occupations): marked, not bare (ADR 123).
  await page.goto("/en/eligibility");
  await page.getByLabel("Birth date").fill("1990-05-01");
  await page
    .getByLabel("Highest education (including this year's)")
    .selectOption({ label: "High school / secondary vocational" });
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("heading", { name: /result/i })).toBeVisible();
  const reasons = await hanOutsideNames(page, allow);
  if (reasons.length > 0) found["/en/eligibility (result)"] = reasons;
  expect(found).toEqual({});
});

test("[candidate] the candidate's English pages show no Chinese outside names @candidate", async ({ page }) => {
  test.setTimeout(180_000);
  const allow = await namesAllowList();
  await page.goto("/en/login");
  await page.getByLabel("ID number or username").fill(DEMO_CANDIDATE_ID_NUMBER);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  // Signed in from an English page, the candidate lands on their English pages.
  await expect(page).toHaveURL(/\/en\/me$/);
  expect(await hanOutsideNames(page, allow)).toEqual([]);
  // Every application of the demo candidate: one in each state, each with its timeline.
  const applications = await linksLike(page, /^\/en\/me\/applications\/[0-9a-f-]{36}$/, 20);
  expect(applications.length).toBeGreaterThan(3);
  const found = await scanPages(
    page,
    ["/en/me", "/en/me/inbox", "/en/me/apply", "/en/me/data", "/en/me/security", ...applications],
    allow,
  );
  expect(found).toEqual({});
});

test("[institution] the institution's English pages show no Chinese outside names @institution", async ({ page }) => {
  test.setTimeout(180_000);
  const allow = await namesAllowList();
  await loginAsStaff(page, "inst-dsj", "/en/institution");
  await page.goto("/en/institution/candidates");
  const candidates = await linksLike(page, /^\/en\/institution\/candidates\/[0-9a-f-]{36}/, 3);
  const found = await scanPages(
    page,
    [
      "/en/institution",
      "/en/institution/roster",
      "/en/institution/candidates",
      "/en/institution/attachments",
      "/en/institution/documents",
      "/en/institution/payments",
      "/en/institution/tickets",
      "/en/institution/results",
      "/en/me/inbox",
      ...candidates,
    ],
    allow,
  );
  expect(found).toEqual({});
});

test("[staff] the center's English pages show no Chinese outside names @staff", async ({ page }) => {
  test.setTimeout(300_000);
  const allow = await namesAllowList();
  const found: Record<string, unknown> = {};

  await loginAsStaff(page, "reviewer", "/en/staff/review");
  const reviews = await linksLike(page, /^\/en\/staff\/review\/[0-9a-f-]{36}/, 2);
  Object.assign(found, await scanPages(page, ["/en/staff", "/en/staff/review", ...reviews], allow));

  await page.context().clearCookies();
  await loginAsStaff(page, "finance", "/en/staff/payments");
  const payments = await linksLike(page, /^\/en\/staff\/payments\/[0-9a-f-]{36}/, 2);
  Object.assign(
    found,
    await scanPages(page, ["/en/staff/payments", "/en/staff/payments/all", "/en/staff/payments/refunds", ...payments], allow),
  );

  await page.context().clearCookies();
  await loginAsStaff(page, "officer", "/en/staff/plans");
  const plans = await linksLike(page, /^\/en\/staff\/plans\/[0-9a-f-]{36}$/, 2);
  await page.goto("/en/staff/results");
  const results = await linksLike(page, /^\/en\/staff\/results\/[0-9a-f-]{36}$/, 2);
  Object.assign(
    found,
    await scanPages(
      page,
      [
        "/en/staff",
        "/en/staff/plans",
        "/en/staff/exam",
        "/en/staff/exam/check-in",
        "/en/staff/exam/outbox",
        "/en/staff/results",
        "/en/staff/paperwork",
        "/en/staff/admin",
        "/en/staff/admin/fees",
        "/en/staff/admin/return-reasons",
        "/en/staff/admin/institutions",
        "/en/me/inbox",
        ...plans,
        ...results,
      ],
      allow,
    ),
  );
  expect(found).toEqual({});
});

test("[candidate] every stored inbox kind and timeline note, the wizard and the payment page read in English @candidate", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const allow = await namesAllowList();
  const [me] = await sql<{ userId: string; candidateId: string; name: string }>(
    `SELECT "userId", id AS "candidateId", name FROM "Candidate" WHERE "idNumberHash" = $1`,
    [idNumberHash(DEMO_CANDIDATE_ID_NUMBER)],
  );
  const apps = await sql<{ id: string; status: string }>(`SELECT id, status FROM "Application" WHERE "candidateId" = $1`, [
    me!.candidateId,
  ]);
  const draft = apps.find((a) => a.status === "DRAFT")!;
  const approved = apps.find((a) => a.status === "APPROVED")!;
  // One row of each kind, newest first, whose stored words are no sentence at all: a kind the page
  // cannot render shows "untranslated:…" instead of English, and the test says which.
  const later = (i: number) => new Date(Date.UTC(2030, 0, 1, 0, i)).toISOString();
  // Read as files: Playwright's loader does not import JSON modules (messages/index.ts).
  const english = (file: string) => JSON.parse(readFileSync(`messages/en/${file}.json`, "utf8")) as Record<string, unknown>;
  const kinds = Object.entries(english("inbox-messages").inboxMessages as Record<string, { title: string; body: string }>);
  // An institution's digest lines (ADR 123): one line of every kind (a score, a seat, a refund…), keyed.
  const digest = (english("inbox") as { inbox: { digest: Record<string, string> } }).inbox.digest;
  const lines = JSON.stringify(
    Object.entries(digest)
      .filter(([key]) => key !== "line" && key !== "separator")
      .map(([key, text]) => ({ name: me!.name, key: `inbox.digest.${key}`, params: sampleParams(text, me!.name) })),
  );
  for (const [i, [kind, message]] of kinds.entries()) {
    const params = {
      ...sampleParams(message.title, me!.name),
      ...sampleParams(message.body, me!.name),
      ...(kind.endsWith("Institution") ? { lines } : {}),
    };
    await sql(
      `INSERT INTO "Notification" (id, "userId", title, body, "messageKey", "messageParams", "dedupeKey", "createdAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7)`,
      [
        me!.userId,
        `untranslated:${kind}`,
        seal(`untranslated:${kind}`),
        kind,
        seal(JSON.stringify(params)),
        `e2e-han:${kind}`,
        later(i),
      ],
    );
  }
  const notes = Object.entries(english("timeline-notes").timelineNotes as Record<string, string>);
  for (const [i, [key, text]] of notes.entries()) {
    await sql(
      `INSERT INTO "ApplicationEvent" (id, "applicationId", "toStatus", note, "noteKey", "noteParams", at)
       VALUES (gen_random_uuid(), $1, 'DRAFT', $2, $3, $4::jsonb, $5)`,
      [draft.id, `untranslated:${key}`, `timelineNotes.${key}`, JSON.stringify(sampleParams(text, me!.name)), later(i)],
    );
  }
  try {
    await page.goto("/en/login");
    await page.getByLabel("ID number or username").fill(DEMO_CANDIDATE_ID_NUMBER);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/me$/);
    const pages = [
      "/en/me/inbox",
      "/en/me/inbox?page=2",
      `/en/me/applications/${draft.id}`,
      ...["condition", "personal", "photo", "attachments", "pledge", "review"].map(
        (step) => `/en/me/applications/${draft.id}/edit/${step}`,
      ),
      `/en/me/applications/${approved.id}/pay`,
    ];
    const found: Record<string, unknown> = await scanPages(page, pages, allow);
    for (const path of [pages[0]!, pages[1]!, pages[2]!]) {
      await page.goto(path);
      const untranslated = await page.getByText(/untranslated:/).allInnerTexts();
      if (untranslated.length > 0) found[`${path} (no English)`] = untranslated;
    }
    expect(found).toEqual({});
  } finally {
    await sql(`DELETE FROM "Notification" WHERE "dedupeKey" LIKE 'e2e-han:%'`);
    await sql(`DELETE FROM "ApplicationEvent" WHERE note LIKE 'untranslated:%'`);
  }
});

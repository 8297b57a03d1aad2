import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createCandidate, createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
const { POST } = await import("@/app/api/jobs/run/route");

const TOKEN = "job-token-job-token-1234";
const post = (token?: string) =>
  POST(new Request("http://localhost/api/jobs/run", { method: "POST", headers: token ? { "x-job-token": token } : {} }));

beforeAll(ensureCatalog);
afterAll(() => {
  delete process.env.PORTAL_JOB_TOKEN;
  delete process.env.PORTAL_NOW;
});
beforeEach(() => {
  session.current = null;
  process.env.PORTAL_JOB_TOKEN = TOKEN;
  // A day before every batch in the database: the run changes nothing, the answer is what is tested.
  process.env.PORTAL_NOW = "1950-01-02T10:00:00+08:00";
});

describe("POST /api/jobs/run", () => {
  it("runs for a scheduler with the token, for today by the portal's clock", async () => {
    const response = await post(TOKEN);
    expect(response.status).toBe(200);
    // The jobs ran for the portal's day; what they moved depends on the other files' rows in this
    // shared database (the jobs' own tests count exactly, each in a year of its own).
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.today).toBe("1950-01-02");
    expect(Object.keys(body).sort()).toEqual(["draftsLapsed", "forfeited", "lapsed", "today", "undecidedCancelled"]);
    for (const count of ["lapsed", "forfeited", "draftsLapsed", "undecidedCancelled"]) expect(typeof body[count]).toBe("number");
  });

  it("refuses a wrong token, no token, and a token when none is configured", async () => {
    expect((await post("wrong-token-wrong-token")).status).toBe(401);
    expect((await post()).status).toBe(401);
    delete process.env.PORTAL_JOB_TOKEN;
    expect((await post(TOKEN)).status).toBe(401);
  });

  it("accepts an administrator's session, not a candidate's", async () => {
    const admin = await createStaff(["ADMIN"]);
    await db.staffSecondFactor.create({
      data: { userId: admin.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
    });
    session.current = { user: { id: admin.id }, sv: 0 };
    expect((await post()).status).toBe(200);
    session.current = { user: { id: (await createCandidate()).actor.id }, sv: 0 };
    expect((await post()).status).toBe(403);
  });
});

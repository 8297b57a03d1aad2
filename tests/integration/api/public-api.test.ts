import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getBatches } from "@/app/api/v1/batches/route";
import { POST as postEligibility } from "@/app/api/v1/eligibility/route";
import { GET as getHealth } from "@/app/api/v1/health/route";
import { GET as getKept } from "@/app/api/v1/kept/[read]/route";
import { INSTITUTIONS } from "@/lib/domain/catalog/institutions";
import { withCheckDigit } from "@/lib/domain/id-number";
import { ensureCatalog } from "../support/seed";

// The catalog reads go through Next's data cache (ADR 088); outside Next, its in-memory twin.
vi.mock("next/cache", async () => (await import("@/tests/integration/support/next-cache-fake")).nextCacheFake);

/** /api/v1/projects and /api/v1/institutions as next.config.ts routes them (ADR 088). */
const kept = (read: string) =>
  getKept(new Request(`http://localhost/api/v1/kept/${read}`), { params: Promise.resolve({ read }) });
const getProjects = () => kept("projects");
const getInstitutions = () => kept("institutions");

const request = (url: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  new NextRequest(new URL(url, "http://localhost"), init);
const post = (body: unknown) =>
  postEligibility(
    request("/api/v1/eligibility", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    }),
  );

beforeAll(async () => {
  await ensureCatalog();
  process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
});

describe("GET /api/v1/projects (附件1)", () => {
  it("lists the 21 projects in order with names exactly as the notice writes them", async () => {
    const body = (await (await getProjects()).json()) as {
      seq: number;
      name: string;
      conditions: { code: string; minEducation: string | null; needsEvidence: boolean }[];
    }[];
    expect(body.map((p) => p.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(body[0]?.name).toBe("大数据运行平台搭建");
    expect(body[19]?.name).toBe("儿童青少年生殖健康教育咨询服务");
    expect(body.every((p) => !/\s/.test(p.name))).toBe(true);
    expect(body[5]?.conditions).toEqual([
      expect.objectContaining({ code: "P06-C1", minEducation: "JUNIOR_COLLEGE", needsEvidence: false }),
    ]);
    expect(body[18]?.conditions.map((c) => c.needsEvidence)).toEqual([true, true]);
    expect(body[15]?.conditions[0]).toMatchObject({ minEducation: null, needsEvidence: true });
  });
});

describe("GET /api/v1/batches (三, 六, 八, 九)", () => {
  it("returns the 11 batches of 2025 with their windows and derived dates", async () => {
    const all = (await (await getBatches(request("/api/v1/batches?year=2025"))).json()) as { seq: number }[];
    // Other test files add batches to the shared test database; the notice's are seq 1–11.
    const body = all.filter((b) => b.seq <= 11);
    expect(body.map((b) => b.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(body[0]).toEqual({
      seq: 1,
      year: 2025,
      registration: { start: "2025-01-02", end: "2025-01-09" },
      review: { start: "2025-01-09", end: "2025-01-17" },
      payment: { start: "2025-01-20", end: "2025-01-22" },
      ticket: { start: "2025-02-17", end: "2025-02-21" },
      examDate: "2025-02-22",
      derived: {
        ticketHandoutDeadline: "2025-02-20",
        resultNoticeStart: "2025-02-28",
        resultNoticeEnd: "2025-03-06",
        certificateReadyFrom: "2025-05-21",
      },
    });
    expect(body[10]).toMatchObject({ seq: 11, registration: { start: "2025-10-27", end: "2025-11-03" }, examDate: "2025-12-06" });
  });

  it("answers 400 with a field error for a bad year", async () => {
    const response = await getBatches(request("/api/v1/batches?year=abc"));
    expect(response.status).toBe(400);
    // The same failure shape as an action's, with its Chinese text (ADR 130).
    const json = (await response.json()) as {
      formError: { key: string };
      fieldErrors: Record<string, { key: string; text: string }[]>;
    };
    expect(json.formError.key).toBe("errors.generic");
    expect(json.fieldErrors.year?.[0]).toMatchObject({ key: "errors.date" });
    expect(json.fieldErrors.year?.[0]?.text).toMatch(/日期/);
  });

  it("returns an empty list for a year without a calendar", async () => {
    // No test makes a batch in 2073: their years of their own are 1901–2015 and 2040–2069.
    const body = (await (await getBatches(request("/api/v1/batches?year=2073"))).json()) as unknown[];
    expect(body).toEqual([]);
  });
});

describe("GET /api/v1/institutions (附件2)", () => {
  it("lists the 15 institutions with their authorized project seqs", async () => {
    const body = (await (await getInstitutions()).json()) as { name: string; projects: number[] }[];
    // Other test files add institutions (e.g. one approved from an application, issue 13 item 8): the 15 of 附件2 come first.
    expect(body.slice(0, 15).map((i) => i.name)).toEqual(INSTITUTIONS.map((i) => i.name));
    expect(body[0]?.name).toBe("四川省职业技能鉴定指导中心");
    expect(body[0]?.projects).toHaveLength(21);
    expect(body.find((i) => i.name === "四川联合环境交易所")?.projects).toEqual([17, 18, 21]);
  });
});

describe("the kept reads (ADR 088)", () => {
  it("answers /api/v1/batches?year=2025 as the uncached door does, 400 out of range and 404 for anything else", async () => {
    const direct: unknown = await (await getBatches(request("/api/v1/batches?year=2025"))).json();
    expect(await (await kept("batches-2025")).json()).toEqual(direct);
    expect((await kept("batches-1999")).status).toBe(400);
    expect((await kept("calendar")).status).toBe(404);
  });
});

describe("POST /api/v1/eligibility (附件1)", () => {
  const adult = withCheckDigit("51010419900101123");

  it("evaluates every condition and returns the best when none is named", async () => {
    const response = await post({ project: 19, idNumber: adult, education: "BACHELOR", occupation: "护士" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: string; conditions: { code: string; result: string }[] };
    expect(body.result).toBe("needs-evidence");
    expect(body.conditions.map((c) => c.code)).toEqual(["P19-C1", "P19-C2"]);
  });

  it("is eligible for a junior-college project with a bachelor's degree", async () => {
    const body = (await (await post({ project: 6, birthDate: "1990-01-01", education: "BACHELOR" })).json()) as {
      result: string;
    };
    expect(body.result).toBe("eligible");
  });

  it("is ineligible under the legal working age of 16 on the given day", async () => {
    const body = (await (
      await post({ project: 1, birthDate: "2010-06-01", education: "UPPER_SECONDARY", on: "2025-05-08" })
    ).json()) as {
      result: string;
      reasons: string[];
    };
    expect(body.result).toBe("ineligible");
    expect(body.reasons.join("")).toMatch(/16/);
  });

  it.each([
    [{ project: 99, birthDate: "1990-01-01", education: "BACHELOR" }, "project"],
    [{ project: 1, idNumber: "510104199001011231", education: "BACHELOR" }, "idNumber"],
    [{ project: 1, birthDate: "2025-02-30", education: "BACHELOR" }, "birthDate"],
    [{ project: 1, birthDate: "1990-01-01", education: "doctorate" }, "education"],
    [{ project: 1, education: "BACHELOR" }, "idNumber"],
    [{ project: 1, birthDate: "1990-01-01", education: "BACHELOR", condition: "P02-C1" }, "condition"],
  ])("answers 400 with a field error for %j", async (body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { fieldErrors: Record<string, { key: string; text: string }[]> };
    expect(json.fieldErrors[field]?.[0]?.text).toBeTruthy();
  });
});

describe("GET /api/v1/health", () => {
  it("reports the database reachable and every migration applied", async () => {
    const response = await getHealth();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ database: true, ok: true, migrations: { pending: [] } });
  });
});

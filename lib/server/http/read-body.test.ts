import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { BodyTooLarge, readFormCapped } = await import("./read-body");

const post = (body: string, type?: string) =>
  new Request("http://portal.test/downloads/ticket-lookup", {
    method: "POST",
    body,
    headers: type ? { "content-type": type } : {},
  });

describe("readFormCapped (ADR 151)", () => {
  it("reads an urlencoded form as Response.formData() does: +, percent-encoded Chinese, repeated names, a charset", async () => {
    const body = "idNumber=11010519491231002X&name=%E7%8E%8B+%E5%B0%8F%E6%98%8E&name=second&empty=&bad=%E0%A4%A";
    for (const type of ["application/x-www-form-urlencoded", "Application/X-WWW-Form-Urlencoded; charset=UTF-8"]) {
      const form = await readFormCapped(post(body, type), 4096);
      const expected = await new Response(body, {
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }).formData();
      expect([...form.entries()]).toEqual([...expected.entries()]);
      expect(form.get("name")).toBe("王 小明");
    }
  });

  it("still reads a multipart form, and refuses a body over the cap", async () => {
    const data = new FormData();
    data.append("idNumber", "11010519491231002X");
    const multipart = new Request("http://portal.test/x", { method: "POST", body: data });
    expect((await readFormCapped(multipart, 4096)).get("idNumber")).toBe("11010519491231002X");
    await expect(readFormCapped(post("a=".padEnd(5000, "b"), "application/x-www-form-urlencoded"), 4096)).rejects.toBeInstanceOf(
      BodyTooLarge,
    );
  });
});

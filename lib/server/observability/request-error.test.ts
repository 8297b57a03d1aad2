import { describe, expect, it } from "vitest";
import { requestErrorLine } from "./request-error";

describe("requestErrorLine (instrumentation.ts onRequestError)", () => {
  const context = { routerKind: "App Router", routePath: "/[locale]/me/applications/[id]", routeType: "render" };

  it("names the route, the error's class and digest", () => {
    const error = Object.assign(new TypeError("boom"), { digest: "12345" });
    const line = requestErrorLine(error, { method: "GET", path: "/me/applications/1" }, context);
    expect(line).toMatchObject({
      event: "request-error",
      method: "GET",
      route: "/[locale]/me/applications/[id]",
      error: "TypeError",
      digest: "12345",
    });
    expect(line.frames).toContain("at ");
  });

  it("keeps personal data out: not the message, not the path or its query", () => {
    const idNumber = "510104199003079113";
    const error = new Error(`Unique constraint failed on (idNumber)=(${idNumber}), mobile 13800138000`);
    const line = JSON.stringify(
      requestErrorLine(error, { method: "POST", path: `/api/v1/eligibility?id=${idNumber}&mobile=13800138000` }, context),
    );
    expect(line).not.toContain(idNumber);
    expect(line).not.toContain("13800138000");
    expect(line).toContain('"error":"Error"');
  });

  it("says what was thrown when it is not an Error", () => {
    expect(requestErrorLine("text", { method: "GET", path: "/" }, context)).toMatchObject({
      error: "string",
      digest: "",
      frames: "",
    });
  });
});

import { describe, expect, it } from "vitest";
import { fileResponse } from "./file-response";

describe("fileResponse (ADR 151)", () => {
  it("sends the caller's bytes as they are, in one chunk, with the file headers", async () => {
    const bytes = Buffer.from("%PDF-1.7 ticket");
    const response = fileResponse(bytes, "application/pdf", "准考证.pdf");
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value).toBe(bytes); // not a copy
    expect((await reader.read()).done).toBe(true);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(bytes.byteLength),
      "content-disposition": `attachment; filename="___.pdf"; filename*=UTF-8''${encodeURIComponent("准考证.pdf")}`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "private, no-store",
    });
  });
});

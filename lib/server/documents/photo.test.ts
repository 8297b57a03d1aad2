import { describe, expect, it } from "vitest";
import { photoSource } from "./photo";

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

describe("photo: 考生照片 on tickets, sheets and certificates", () => {
  it("passes bytes whose signature matches their type, without copying", () => {
    const buf = photoSource({ bytes: JPEG, mime: "image/jpeg" });
    expect(Buffer.isBuffer(buf)).toBe(true);
    expect(buf.buffer).toBe(JPEG.buffer);
    expect(photoSource({ bytes: PNG, mime: "image/png" })).toHaveLength(PNG.length);
  });

  it("refuses bytes that are not what the type says (react-pdf would print an empty box)", () => {
    expect(() => photoSource({ bytes: PNG, mime: "image/jpeg" })).toThrow(RangeError);
    expect(() => photoSource({ bytes: JPEG, mime: "image/png" })).toThrow(RangeError);
    expect(() => photoSource({ bytes: new Uint8Array(0), mime: "image/jpeg" })).toThrow(RangeError);
  });

  it("respects a view into a larger buffer", () => {
    const big = new Uint8Array(16);
    big.set(JPEG, 4);
    expect(photoSource({ bytes: big.subarray(4, 10), mime: "image/jpeg" })).toEqual(Buffer.from(JPEG));
  });
});

import { describe, expect, it } from "vitest";
import { makeZip } from "@/tests/integration/institution/support/zip";
import { ZipFormatError, bytesSource, extractZipEntry, readZipDirectory, verifyZip, type ZipSource } from "./read-zip";

const text = (s: string) => new TextEncoder().encode(s);
const reason = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ZipFormatError ? error.reason : "other";
  }
  return "none";
};

describe("read-zip: the central directory first, every entry bounded by what it declares", () => {
  it("reads names in UTF-8 and in GBK without the UTF-8 flag (Windows on Chinese systems)", () => {
    const zip = makeZip([
      { name: "510104199001011234_照片.jpg", data: text("a") },
      { name: "扫描件/510104199001011234_身份证正面.pdf", data: text("b"), gbkName: true },
    ]);
    expect(readZipDirectory(zip, 10).map((e) => e.name)).toEqual([
      "510104199001011234_照片.jpg",
      "扫描件/510104199001011234_身份证正面.pdf",
    ]);
  });

  it("extracts stored and deflated entries and checks size and CRC", () => {
    const zip = makeZip([
      { name: "a.txt", data: text("stored"), method: "store" },
      { name: "b.txt", data: text("deflated ".repeat(100)) },
    ]);
    const [a, b] = readZipDirectory(zip, 10);
    expect(Buffer.from(extractZipEntry(zip, a!)).toString()).toBe("stored");
    expect(Buffer.from(extractZipEntry(zip, b!)).toString()).toBe("deflated ".repeat(100));
    expect(verifyZip(zip, 10)).toHaveLength(2);
  });

  it("stops an entry that inflates beyond its declared size, and one whose CRC is wrong", () => {
    const liar = makeZip([{ name: "x", data: new Uint8Array(1_000_000), declaredSize: 1000 }]);
    expect(reason(() => extractZipEntry(liar, readZipDirectory(liar, 10)[0]!))).toBe("corrupt");
    const zip = Buffer.from(makeZip([{ name: "y", data: text("hello"), method: "store" }]));
    zip[30 + 1] = "j".charCodeAt(0); // the stored bytes change, the CRC does not
    expect(reason(() => extractZipEntry(zip, readZipDirectory(zip, 10)[0]!))).toBe("corrupt");
  });

  it("refuses what is not a zip, too many entries, and bytes hidden between entries", () => {
    expect(reason(() => readZipDirectory(text("%PDF-1.4 not a zip at all, longer than twenty-two bytes"), 10))).toBe("not-zip");
    expect(reason(() => readZipDirectory(new Uint8Array(3), 10))).toBe("not-zip");
    const three = makeZip([1, 2, 3].map((i) => ({ name: `${i}.txt`, data: text(String(i)) })));
    expect(reason(() => readZipDirectory(three, 2))).toBe("too-many-entries");
    // A local entry hidden in front of what the directory describes: the offsets no longer line up.
    const hidden = makeZip([{ name: "hidden.xml", data: text("<evil/>") }]);
    const visible = makeZip([{ name: "ok.xml", data: text("<ok/>") }]);
    const spliced = Buffer.concat([hidden.subarray(0, hidden.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))), visible]);
    expect(reason(() => verifyZip(spliced, 10))).toBe("corrupt");
  });

  it("reads from a ZipSource piece by piece (a file on disk, ADR 108): never the whole archive at once", () => {
    const big = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const zip = makeZip([
      { name: "a.pdf", data: big, method: "store" },
      { name: "b.txt", data: text("second ".repeat(50)) },
    ]);
    const whole = bytesSource(zip);
    let largest = 0;
    const source: ZipSource = {
      size: whole.size,
      read(position, length) {
        largest = Math.max(largest, length);
        return whole.read(position, length);
      },
    };
    const [a, b] = readZipDirectory(source, 10);
    expect(Buffer.from(extractZipEntry(source, a!)).equals(Buffer.from(big))).toBe(true);
    expect(Buffer.from(extractZipEntry(source, b!)).toString()).toBe("second ".repeat(50));
    expect(largest).toBeLessThan(zip.byteLength);
    expect(largest).toBe(big.byteLength);
    // A source that ends early (a truncated file) is a damaged archive, not a crash.
    const truncated: ZipSource = { size: zip.byteLength, read: (p, l) => whole.read(p, l).subarray(0, l > 1000 ? 10 : l) };
    expect(reason(() => extractZipEntry(truncated, readZipDirectory(whole, 10)[0]!))).toBe("corrupt");
  });
});

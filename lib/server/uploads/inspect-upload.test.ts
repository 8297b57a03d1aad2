import { describe, expect, it } from "vitest";
import {
  makeHtmlAsJpg,
  makeHugePng,
  makeJpeg,
  makePdf,
  makePng,
  makePolyglot,
  makeSvg,
  makeZip,
  sizeKb,
} from "@/tests/support/files";
import { inspectUpload } from "./inspect-upload";
import { translateFailure } from "@/lib/i18n/translate-key";

const text = (s: string) => new TextEncoder().encode(s);

describe("inspectUpload: the real type decides, by magic bytes (四(一)2: jpg, jpeg, png, pdf)", () => {
  it("accepts a JPEG and reads its dimensions", async () => {
    const result = await inspectUpload(await makeJpeg({ targetBytes: sizeKb(250), width: 1000, height: 700 }), "attachment");
    expect(result).toEqual({ ok: true, kind: "image", mime: "image/jpeg", size: sizeKb(250), width: 1000, height: 700 });
  });

  it("accepts a PNG", async () => {
    const result = await inspectUpload(await makePng({ targetBytes: sizeKb(250) }), "attachment");
    expect(result).toMatchObject({ ok: true, kind: "image", mime: "image/png" });
  });

  it("accepts a real PDF whatever it is named: its type is application/pdf", async () => {
    expect(await inspectUpload(makePdf(sizeKb(250)), "attachment")).toEqual({
      ok: true,
      kind: "pdf",
      mime: "application/pdf",
      size: sizeKb(250),
    });
  });

  it("reports the EXIF orientation of a photo taken sideways", async () => {
    const result = await inspectUpload(
      await makeJpeg({ targetBytes: sizeKb(250), width: 1200, height: 800, orientation: 6 }),
      "attachment",
    );
    expect(result).toMatchObject({ ok: true, orientation: 6, width: 1200, height: 800 });
  });

  it.each([
    ["an HTML page named .jpg", makeHtmlAsJpg(), "html", "网页（HTML）", "a web page (HTML)"],
    ["an SVG with a script", makeSvg(), "svg", "SVG 图形", "an SVG drawing"],
    ["a text file", text("身份证号 510104199001011234"), "text", "文本文件", "a text file"],
    ["a zip of scans", makeZip(), "zip", "压缩包（ZIP）", "an archive (ZIP)"],
  ])("refuses %s, saying what it really is in both languages", async (_label, bytes, detected, zh, en) => {
    const result = await inspectUpload(bytes, "attachment");
    expect(result).toMatchObject({ ok: false, error: "unsupported-type", params: { detected } });
    expect(result.ok || translateFailure(result.failure)).toContain(`实际为${zh}`);
    expect(result.ok || translateFailure(result.failure, "en")).toContain(`it is ${en}`);
  });

  it("refuses an iPhone HEIC photo and says which camera setting avoids it", async () => {
    const heic = new Uint8Array([0, 0, 0, 0x18, ...text("ftypheic"), 0, 0, 0, 0, ...text("mif1heic"), ...new Uint8Array(64)]);
    const result = await inspectUpload(heic, "attachment");
    expect(result).toMatchObject({ ok: false, error: "unsupported-type" });
    expect(result.ok || translateFailure(result.failure)).toContain("兼容性最佳");
  });

  it("refuses a JPEG that carries an HTML page (polyglot)", async () => {
    const bytes = await makePolyglot();
    expect(bytes[0]).toBe(0xff); // a real JPEG start: the type check alone would pass it
    expect(await inspectUpload(bytes, "attachment")).toMatchObject({ ok: false, error: "markup-in-file" });
  });

  it("refuses a PDF with HTML right after its header", async () => {
    const pdf = makePdf(sizeKb(250));
    const bytes = new Uint8Array([...pdf.subarray(0, 9), ...text("%<html><script>alert(1)</script>\n"), ...pdf.subarray(9)]);
    expect(await inspectUpload(bytes, "attachment")).toMatchObject({ ok: false, error: "markup-in-file" });
  });

  it("refuses a 20,000 × 20,000 PNG from its header, without decoding 400 megapixels", async () => {
    const png = makeHugePng();
    expect(png.byteLength).toBeLessThan(100 * 1024);
    const result = await inspectUpload(png, "attachment");
    expect(result).toMatchObject({ ok: false, error: "image-too-large", params: { width: 20_000, height: 20_000 } });
    expect(result.ok || translateFailure(result.failure)).toContain("20000×20000");
    // Its pixel data broken: a decoder would fail ("corrupt"), the header alone still decides.
    // (An invariant, not a time budget: a time would judge the machine's speed, issue 15.)
    const broken = new Uint8Array(png);
    const idat = Buffer.from(broken).indexOf("IDAT");
    broken.fill(0xff, idat + 6, broken.byteLength - 16);
    expect(await inspectUpload(broken, "attachment")).toMatchObject({
      ok: false,
      error: "image-too-large",
      params: { width: 20_000, height: 20_000 },
    });
  });

  it("refuses a file over the 10 MB hard cap before looking at its content", async () => {
    const html = makeHtmlAsJpg(10 * 1024 * 1024 + 1);
    expect(await inspectUpload(html, "attachment")).toMatchObject({ ok: false, error: "over-hard-cap" });
    expect(await inspectUpload(html, "receipt")).toMatchObject({ ok: false, error: "over-hard-cap" });
  });

  it("refuses an empty file", async () => {
    expect(await inspectUpload(new Uint8Array(0), "attachment")).toMatchObject({ ok: false, error: "empty" });
  });

  it("refuses a truncated PDF and a truncated JPEG as damaged", async () => {
    const pdf = makePdf(sizeKb(250));
    expect(await inspectUpload(pdf.subarray(0, sizeKb(240)), "attachment")).toMatchObject({ ok: false, error: "corrupt" });
    const jpeg = await makeJpeg({ targetBytes: sizeKb(250) });
    expect(await inspectUpload(jpeg.subarray(0, 40), "attachment")).toMatchObject({ ok: false, error: "corrupt" });
  });

  it("refuses a PDF with JavaScript", async () => {
    const pdf = Buffer.from(makePdf(sizeKb(250))).toString("latin1");
    const withScript = pdf.replace("<< /Type /Catalog", "<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> /Type /Catalog");
    expect(await inspectUpload(new Uint8Array(Buffer.from(withScript, "latin1")), "attachment")).toMatchObject({
      ok: false,
      error: "pdf-script",
    });
  });
});

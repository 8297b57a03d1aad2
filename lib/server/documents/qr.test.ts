import QRCode from "qrcode";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { qrPng } from "./qr";

const URL_TEXT =
  "https://portal.example.cn/verify/ticket?token=eyJ0IjoidGlja2V0IiwiaWQiOiIyNTA1MDEwMDAxOSIsInYiOjF9.AAAAAAAAAAAAAAAAAAAAAA";

describe("qr: the hand-written 1-bit PNG of a QR code", () => {
  it("is a 1-bit grayscale PNG without alpha (embedded by pdfkit as is)", async () => {
    const meta = await sharp(qrPng(URL_TEXT)).metadata();
    expect(meta.format).toBe("png");
    expect(meta.channels).toBe(1);
    expect(meta.hasAlpha).toBe(false);
    expect(meta.width).toBe(meta.height);
  });

  it("has exactly the modules qrcode computed, 4 px each, inside a 2-module white margin", async () => {
    // No QR decoder is installed here; comparing pixels with qrcode's own matrix checks the
    // part written in qr.ts (the PNG), and qrcode's encoder is trusted for the rest.
    const { modules } = QRCode.create([{ data: Buffer.from(URL_TEXT), mode: "byte" }], { errorCorrectionLevel: "M" });
    const { data, info } = await sharp(qrPng(URL_TEXT)).raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBe((modules.size + 4) * 4);
    const mismatches: string[] = [];
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        const my = Math.floor(y / 4) - 2;
        const mx = Math.floor(x / 4) - 2;
        const inside = my >= 0 && mx >= 0 && my < modules.size && mx < modules.size;
        const dark = inside && modules.get(my, mx) === 1;
        const pixel = data[y * info.width * info.channels + x * info.channels];
        if ((pixel === 0) !== dark) mismatches.push(`${x},${y}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("stays small (the whole ticket budget is 60 KB)", () => {
    expect(qrPng(URL_TEXT).length).toBeLessThan(1500);
  });
});

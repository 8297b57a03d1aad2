import { describe, expect, it } from "vitest";
import { PHOTO_ASPECT, browserPlan, centeredCrop, fitCeilingBytes, outputSize, withinRule } from "./photo-fit";
import { KB, MB } from "./upload-rules";

describe("issue 16: what the browser does with a chosen file", () => {
  it("crops every photo image, fits scans out of range, sends PDFs and in-range scans as they are", () => {
    expect(browserPlan("PHOTO", "image/jpeg", 4 * MB)).toBe("crop");
    expect(browserPlan("PHOTO", "image/png", 250 * KB)).toBe("crop");
    expect(browserPlan("ID_FRONT", "image/jpeg", 3 * MB)).toBe("fit");
    expect(browserPlan("ID_FRONT", "image/png", 120 * KB)).toBe("fit");
    expect(browserPlan("ID_FRONT", "image/jpeg", 200 * KB)).toBe("upload");
    expect(browserPlan("ID_FRONT", "image/jpeg", 300 * KB)).toBe("upload");
    expect(browserPlan("ID_FRONT", "image/jpeg", 300 * KB + 1)).toBe("fit");
    expect(browserPlan("PLEDGE", "application/pdf", 2 * MB)).toBe("upload");
    // A type the portal refuses goes to the server, which says why.
    expect(browserPlan("PHOTO", "image/heic", 2 * MB)).toBe("upload");
  });

  it("aims under the 300 KB ceiling with room for the encoder", () => {
    expect(fitCeilingBytes()).toBeLessThan(300 * KB);
    expect(fitCeilingBytes()).toBeGreaterThan(280 * KB);
    expect(withinRule(fitCeilingBytes())).toBe(true);
    expect(withinRule(199 * KB)).toBe(false);
  });
});

describe("the 1-inch crop (25 × 35 mm)", () => {
  it("takes the full height of a landscape camera photo, centred", () => {
    const crop = centeredCrop(4000, 3000);
    expect(crop).toEqual({ x: 928, y: 0, width: 2143, height: 3000 });
    expect(crop.width / crop.height).toBeCloseTo(PHOTO_ASPECT, 3);
  });

  it("takes the full width of a tall picture, centred", () => {
    const crop = centeredCrop(1000, 3000);
    expect(crop).toEqual({ x: 0, y: 800, width: 1000, height: 1400 });
  });

  it("scales the crop down to the long edge, never up", () => {
    expect(outputSize({ width: 2143, height: 3000 }, 1400)).toEqual({ width: 1000, height: 1400 });
    expect(outputSize({ width: 500, height: 700 }, 1400)).toEqual({ width: 500, height: 700 });
  });

  it("answers an empty area for a picture without pixels", () => {
    expect(centeredCrop(0, 100)).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setExtraHanCoverage, unprintableChars } from "@/lib/domain/pdf-glyphs";
import { checkName } from "@/lib/domain/roster/values";
import { renderCertificatePdf } from "@/lib/server/documents/certificate-pdf";
import { installExtraHanCoverage } from "@/lib/server/documents/extra-font-coverage";
import { extraFontFiles } from "@/lib/server/documents/fonts";
import type { PhotoDto } from "@/lib/server/documents/photo";
import { renderTicketsPdf } from "@/lib/server/documents/ticket-pdf";
import { signToken } from "@/lib/server/tokens/signed-token";
import { BASE_URL, SECRET, makePhoto, makeTicket } from "./fixtures";
import { pdfFonts, pdfText, squash } from "./pdf-tools";

/**
 * ADR 110: 𪚥 (U+2A6A5, Extension B) is in none of the bundled Noto fonts. With Debian's
 * fonts-hanazono installed (CI installs it: .ci/run) it is drawn by HanaMinB, the last fallback,
 * and input accepts it; without the extra font it is refused at input as before.
 */
const present = extraFontFiles().length > 0;
if (!present)
  console.warn("extra-font-pdf: fonts-hanazono not installed (apt-get install fonts-hanazono): the printing test is skipped");

let photo: PhotoDto;
beforeAll(async () => {
  photo = await makePhoto();
});
afterAll(() => setExtraHanCoverage(null));

describe("the optional system font prints Extension B–H names (ADR 110)", () => {
  it.skipIf(!present)(
    "with fonts-hanazono, 张𪚥 is accepted and its ticket and certificate text layers hold 𪚥",
    async () => {
      expect(await installExtraHanCoverage()).toBeGreaterThan(40_000);
      expect(unprintableChars("张𪚥")).toEqual([]);
      expect(checkName("张𪚥")).toEqual({ ok: true, name: "张𪚥" });

      const tickets = await renderTicketsPdf([{ ...makeTicket(1, photo), name: "张𪚥" }], BASE_URL);
      expect(squash(pdfText(tickets))).toContain("张𪚥");
      expect(pdfFonts(tickets).some((f) => /HanaMin/i.test(f))).toBe(true);

      const certificate = await renderCertificatePdf(
        {
          certificateNumber: "SC202514009877",
          name: "张𪚥",
          maskedIdNumber: "510***********1230",
          projectName: "工程建设领域劳资管理",
          score: 88,
          issuedOn: "2025-08-20",
          photo,
          qrToken: signToken({ t: "certificate", id: "SC202514009877", v: 1 }, SECRET),
        },
        BASE_URL,
      );
      expect(squash(pdfText(certificate))).toContain("张𪚥");
    },
    120_000,
  );

  it("with the extra font disabled, 𪚥 is refused at input with the unprintable message", () => {
    expect(extraFontFiles("none")).toEqual([]);
    expect(extraFontFiles("")).toEqual([]);
    setExtraHanCoverage(null);
    expect(unprintableChars("张𪚥")).toEqual(["𪚥"]);
    expect(checkName("张𪚥")).toEqual({ ok: false, error: "unprintable", chars: ["𪚥"] });
    // The bundled fonts' characters stay accepted either way.
    expect(unprintableChars("王𠮷李䶮")).toEqual([]);
  });
});

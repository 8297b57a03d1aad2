import "server-only";
import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT_FAMILIES } from "./fonts";

/**
 * Shared by all documents: one font, black on white (六: tickets may be printed in black and white).
 *
 * Line height is not set on the page, for two react-pdf 4.9 behaviours seen here: a unitless
 * lineHeight becomes points where it is declared (× that style's fontSize) and children
 * inherit the points, so a 26 pt title under a 10.5 pt page would get a 14 pt line; and a
 * `render`-prop Text (page numbers) that has or inherits any lineHeight is silently not
 * drawn. So content goes in a `base.text` View, every style that changes fontSize declares
 * `lineHeight: LINE` beside it, and page numbers sit outside that View.
 */
export const LINE = 1.35;

export const base = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILIES, fontSize: 10.5, color: "#000" },
  text: { fontSize: 10.5, lineHeight: LINE },
  photoPlaceholder: {
    borderWidth: 0.75,
    borderColor: "#000",
    borderStyle: "dashed",
    alignItems: "center",
    justifyContent: "center",
  },
});

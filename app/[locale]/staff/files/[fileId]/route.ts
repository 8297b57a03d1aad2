import { AppError } from "@/lib/app-error";
import { currentActor } from "@/lib/server/auth/session";
import { readStaffFile } from "@/lib/server/privacy/read-staff-file";

export const dynamic = "force-dynamic";

/** The types the staff pages show (an <img>, a PDF framed from a blob): served as themselves. */
const SHOWN_TYPES = new Set(["image/jpeg", "image/png", "application/pdf"]);

/**
 * Candidates' uploads and receipts for the center's staff (issue 5). Inside the locale segment
 * because proxy.ts routes every page path through next-intl. Always a download (issue 6, ADR
 * 046): opened directly, no file is ever a page of the portal's origin; the staff pages show
 * images and PDFs themselves. Every answer also carries nosniff and a CSP that allows nothing,
 * so even a file that slipped past the upload checks cannot run script under the portal's origin.
 * Who may open which file, and the audit row of each opening, are the use case's (issue 11).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  let file;
  try {
    file = await readStaffFile(await currentActor(), fileId);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return refuse(error.code === "UNAUTHENTICATED" ? 401 : error.code === "NOT_FOUND" ? 404 : 403);
  }
  const name = encodeURIComponent(file.originalName);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      ...SAFE_HEADERS,
      "Content-Type": SHOWN_TYPES.has(file.mime) ? file.mime : "application/octet-stream",
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `attachment; filename="file${EXTENSIONS[file.mime] ?? ".bin"}"; filename*=UTF-8''${name}`,
    },
  });
}

const EXTENSIONS: Record<string, string> = { "image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf" };

const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'",
  "Cache-Control": "private, no-store",
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

function refuse(status: 401 | 403 | 404) {
  return new Response(null, { status, headers: SAFE_HEADERS });
}

import { db } from "@/lib/db";
import { FILE_READER_ROLES } from "@/lib/server/auth/staff-guard";
import { currentActor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";

export const dynamic = "force-dynamic";

/** The types the staff pages show (an <img>, a PDF framed from a blob): served as themselves. */
const SHOWN_TYPES = new Set(["image/jpeg", "image/png", "application/pdf"]);

/**
 * Candidates' uploads and receipts for the center's staff (issue 5). Inside the locale segment
 * because proxy.ts routes every page path through next-intl. Always a download (issue 6, ADR
 * 046): opened directly, no file is ever a page of the portal's origin; the staff pages show
 * images and PDFs themselves. Every answer also carries nosniff and a CSP that allows nothing,
 * so even a file that slipped past the upload checks cannot run script under the portal's origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const actor = await currentActor();
  if (!actor) return refuse(401);
  if (actor.kind !== "STAFF" || !actor.roles.some((r) => FILE_READER_ROLES.includes(r))) return refuse(403);
  const factor = await db.staffSecondFactor.findUnique({ where: { userId: actor.id }, select: { enabledAt: true } });
  if (!factor?.enabledAt) return refuse(403);
  const file = await fileStore.get(fileId);
  if (!file) return refuse(404);
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

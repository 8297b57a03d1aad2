import { isUuid } from "@/lib/domain/uuid";
import { APPEAL_ROLE } from "@/lib/server/appeals/appeal-access";
import { isAppealFileKind, readAppealFile } from "@/lib/server/appeals/read-appeal-file";
import { currentActor } from "@/lib/server/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'",
  "Cache-Control": "private, no-store",
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

/** An appeal's ID image for administrators with a second factor; each read audited (issue 10). */
export async function GET(_request: Request, { params }: { params: Promise<{ appealId: string; kind: string }> }) {
  const { appealId, kind } = await params;
  const actor = await currentActor();
  if (!actor) return refuse(401);
  if (actor.kind !== "STAFF" || !actor.roles.includes(APPEAL_ROLE)) return refuse(403);
  const factor = await db.staffSecondFactor.findUnique({ where: { userId: actor.id }, select: { enabledAt: true } });
  if (!factor?.enabledAt) return refuse(403);
  if (!isUuid(appealId) || !isAppealFileKind(kind)) return refuse(404);
  const file = await readAppealFile(actor, appealId, kind);
  if (!file) return refuse(404);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      ...SAFE_HEADERS,
      "Content-Type": file.mime,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${kind}"`,
    },
  });
}

function refuse(status: 401 | 403 | 404) {
  return new Response(null, { status, headers: SAFE_HEADERS });
}

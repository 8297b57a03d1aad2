import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore, type FileContent } from "@/lib/server/storage/file-store";
import { requireAppealStaff } from "./appeal-access";
import { APPEAL_FILES, type AppealFileKind } from "./submit-appeal";

const COLUMN = { idFront: "idFrontFileId", idBack: "idBackFileId", holding: "holdingFileId" } as const;

export function isAppealFileKind(value: string): value is AppealFileKind {
  return (APPEAL_FILES as readonly string[]).includes(value);
}

/** One of an appeal's ID images for staff; every read is audited (who saw whose ID card, when). */
export async function readAppealFile(actor: Actor, appealId: string, kind: AppealFileKind): Promise<FileContent | null> {
  requireAppealStaff(actor);
  const appeal = await db.accountAppeal.findUnique({
    where: { id: appealId },
    select: { idFrontFileId: true, idBackFileId: true, holdingFileId: true },
  });
  if (!appeal) return null;
  const file = await fileStore.get(appeal[COLUMN[kind]]);
  if (!file) return null;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "appeal.file.read",
      entity: "AccountAppeal",
      entityId: appealId,
      after: { kind },
    }),
  );
  return file;
}

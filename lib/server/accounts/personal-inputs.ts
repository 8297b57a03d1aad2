import "server-only";
import { db } from "@/lib/db";
import { personalInputs } from "@/lib/schemas/password-strength";

/** What a new password of this user must not be built from: their ID number (login) and mobile. */
export async function personalInputsOf(userId: string): Promise<string[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { kind: true, login: true, mobile: true } });
  if (!user) return [];
  return personalInputs({ idNumber: user.kind === "CANDIDATE" ? user.login : null, mobile: user.mobile });
}

import type { EducationLevel } from "@/lib/domain/types";
import type { EducationLevel as DbEducationLevel } from "@/lib/generated/prisma/enums";

/**
 * One spelling (ADR 136): the domain declares the education levels as the database spells them
 * (lib/domain/types.ts `EDUCATION_LEVELS`), so a row's level goes to the rules as it is, and
 * `Condition.rule` stores the same words. This line fails to compile if the Prisma enum and the
 * domain list drift.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const EDUCATION_SPELLINGS_AGREE: Same<EducationLevel, DbEducationLevel> = true;

import type { EducationLevel } from "@/lib/domain/types";
import type { EducationLevel as DbEducationLevel } from "@/lib/generated/prisma/enums";

export function toDbEducation(level: EducationLevel): DbEducationLevel {
  return level.toUpperCase().replace(/-/g, "_") as DbEducationLevel;
}

export function fromDbEducation(level: DbEducationLevel): EducationLevel {
  return level.toLowerCase().replace(/_/g, "-") as EducationLevel;
}

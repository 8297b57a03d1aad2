import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The candidate's personal data on an application (the wizard's personal step), as detail views read it. */
export const personalSelect = {
  education: true,
  graduatingThisYear: true,
  school: true,
  major: true,
  graduationYear: true,
  occupation: true,
  employer: true,
  address: true,
  educationProofCase: true,
} satisfies Prisma.ApplicationSelect;

export type PersonalRow = Prisma.ApplicationGetPayload<{ select: typeof personalSelect }>;

/** Just the personal fields of a wider row, so a DTO carries no more than it names. */
export function personalOf(row: PersonalRow): PersonalRow {
  return {
    education: row.education,
    graduatingThisYear: row.graduatingThisYear,
    school: row.school,
    major: row.major,
    graduationYear: row.graduationYear,
    occupation: row.occupation,
    employer: row.employer,
    address: row.address,
    educationProofCase: row.educationProofCase,
  };
}

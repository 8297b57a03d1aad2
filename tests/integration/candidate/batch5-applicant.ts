import { AppError } from "@/lib/app-error";

// Batch 5 of 2025 (三): registration 5/6–5/13, review 5/13–5/23. A day and an instant inside registration.
export const OPEN = "2025-05-08";
export const at = new Date("2025-05-08T02:00:00Z");

/** The personal step of a bachelor's graduate from 四川大学 (no proof case beyond the first). */
export const personal = {
  education: "BACHELOR" as const,
  graduatingThisYear: false,
  school: "四川大学",
  address: "成都市武侯区人民南路三段17号",
  educationProofCase: 1,
};

/** The use case's refusal (an AppError), or null when it did not refuse; any other error is thrown on. */
export async function refusalOf(promise: Promise<unknown>): Promise<AppError | null> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return null;
}

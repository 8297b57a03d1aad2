import { z } from "zod";
import { decodeResult, type ResultValue } from "@/lib/domain/score-correction";

export const CORRECTION_REASON_MAX = 300;

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/**
 * 八 成绩更正 (ADR 047), one application: the new result (a whole score 0–100, or 缺考), why, and
 * what the officer's page showed (`expected` result and `seen` corrections) so a correction made
 * meanwhile by someone else is not overwritten. The form checks it before posting; the action
 * checks it again.
 */
export const scoreCorrectionSchema = z
  .object({
    applicationId: z.string().uuid("staffExam.correction.errors.notFound"),
    expected: z.string().refine((v) => decodeResult(v) !== null, "staffExam.correction.errors.changed"),
    seen: z.coerce.number({ error: "staffExam.correction.errors.changed" }).int().min(0),
    score: z.string().trim().default(""),
    absent: checkbox,
    reason: z
      .string({ error: "staffExam.correction.errors.reasonRequired" })
      .trim()
      .min(4, "staffExam.correction.errors.reasonRequired")
      .max(CORRECTION_REASON_MAX, "errors.tooLong"),
    revokeCertificate: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.absent && v.score !== "")
      ctx.addIssue({ code: "custom", path: ["score"], message: "staffExam.correction.errors.scoreAndAbsent" });
    else if (!v.absent && decodeResult(v.score) === null)
      ctx.addIssue({ code: "custom", path: ["score"], message: "staffExam.correction.errors.scoreRange" });
  })
  .transform((v) => ({
    applicationId: v.applicationId,
    expected: decodeResult(v.expected)!,
    seen: v.seen,
    after: (v.absent ? { score: null, absent: true } : decodeResult(v.score)!) satisfies ResultValue,
    reason: v.reason,
    revokeCertificate: v.revokeCertificate,
  }));

export type ScoreCorrectionInput = z.output<typeof scoreCorrectionSchema>;

export const SCORE_CORRECTION_FIELDS = [
  "applicationId",
  "expected",
  "seen",
  "score",
  "absent",
  "reason",
  "revokeCertificate",
] as const;

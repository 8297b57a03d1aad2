import { z } from "zod";
import { EDUCATION_LEVELS } from "@/lib/domain/types";
import { checkbox, optionalText } from "./fields";

export const startApplicationSchema = z.object({
  batchId: z.string().uuid("errors.batchNotFound"),
  projectSeq: z.coerce.number({ error: "errors.unknownProject" }).int("errors.unknownProject").min(1, "errors.unknownProject"),
});

export const conditionStepSchema = z.object({
  conditionCode: z
    .string({ error: "errors.condition.required" })
    .trim()
    .min(1, "errors.condition.required")
    .max(20, "errors.tooLong"),
});

/** 四(二)2 "考生选择报名工种、申报条件，将个人信息录入". Which optional field a condition needs is checked at submit. */
export const personalStepSchema = z.object({
  education: z.enum(EDUCATION_LEVELS, { error: "errors.education" }),
  graduatingThisYear: checkbox,
  school: optionalText(60),
  major: optionalText(50),
  graduationYear: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    z.coerce
      .number({ error: "errors.graduationYear" })
      .int("errors.graduationYear")
      .min(1950, "errors.graduationYear")
      .max(2100, "errors.graduationYear")
      .optional(),
  ),
  occupation: optionalText(50),
  employer: optionalText(80),
  address: z.string({ error: "errors.address" }).trim().min(5, "errors.address").max(120, "errors.tooLong"),
  educationProofCase: z.coerce
    .number({ error: "errors.educationProofCase" })
    .int()
    .min(1, "errors.educationProofCase")
    .max(5, "errors.educationProofCase"),
});

/** 四(一)1 双承诺制: the candidate vouches for the truth of every document. */
export const pledgeStepSchema = z.object({
  pledge: z.preprocess((v) => v === true || v === "on", z.literal(true, { error: "errors.pledgeRequired" })),
});

export type PersonalStep = z.output<typeof personalStepSchema>;

import { z } from "zod";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** 九 "本人持有效身份证件…领取": the officer ticks that the ID card was checked. */
export const personalCollectionSchema = z.object({
  applicationId: z.string().uuid("staffExam.errors.certificateNotFound"),
  idChecked: checkbox.refine((v) => v, "staffExam.errors.idCheckRequired"),
  note: z.string().trim().max(200, "errors.tooLong").default(""),
});

/** 九 "报名机构派专人凭负责人签字并加盖公章的…登记表原件": who came, and that the form was signed and stamped. */
export const institutionCollectionSchema = z.object({
  institutionId: z.string().uuid("staffExam.errors.certificateNotFound"),
  collector: z
    .string({ error: "staffExam.errors.collectorRequired" })
    .trim()
    .min(2, "staffExam.errors.collectorRequired")
    .max(40, "errors.tooLong"),
  formSigned: checkbox.refine((v) => v, "staffExam.errors.formRequired"),
  note: z.string().trim().max(200, "errors.tooLong").default(""),
});

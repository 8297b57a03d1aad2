import { z } from "zod";

/** 四(一)2: which batch a roster or a zip of scans is for; the file is read from the form separately. */
export const rosterUploadSchema = z.object({
  batchId: z.string({ error: "institution.errors.batchNotFound" }).uuid("institution.errors.batchNotFound"),
});

/** Submitting a previewed roster: the institution's 初审 commitment (四(一)1 双承诺制) is required. */
export const rosterSubmitSchema = z.object({
  uploadId: z.string().uuid("institution.errors.roster.notFound"),
  pledge: z.preprocess((v) => v === true || v === "on", z.literal(true, { error: "institution.errors.roster.pledgeRequired" })),
});

export const institutionDocumentSchema = z.object({
  batchId: z.string({ error: "institution.errors.batchNotFound" }).uuid("institution.errors.batchNotFound"),
  kind: z.enum(["COMMITMENT_LETTER", "ROSTER"], { error: "errors.generic" }),
});

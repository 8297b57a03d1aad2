import { randomUUID } from "node:crypto";
import {
  only,
  form,
  file,
  pdf,
  get,
  params,
  fn,
  CANDIDATES,
  ROSTER,
  ZIP,
  INST_PAY,
  personal,
  type AccessCase,
} from "./cases-support";

/** The institution's own candidates, rosters and payments. */
export const INSTITUTION_CASES: Record<string, AccessCase> = {
  // ── the institution's own candidates, rosters and payments ──
  [`${CANDIDATES}#saveCandidatePersonalAction`]: {
    allow: [],
    call: (w) => fn(CANDIDATES, "saveCandidatePersonalAction")(null, form({ ...personal, applicationId: w.institution.draft })),
  },
  [`${CANDIDATES}#saveCandidateConditionAction`]: {
    allow: [],
    call: (w) =>
      fn(CANDIDATES, "saveCandidateConditionAction")(null, form({ applicationId: w.institution.draft, conditionCode: "P03-C1" })),
  },
  [`${CANDIDATES}#submitCandidateAction`]: {
    allow: [],
    call: (w) => fn(CANDIDATES, "submitCandidateAction")(null, form({ applicationId: w.institution.draft })),
  },
  [`${ROSTER}#previewRosterAction`]: {
    allow: only("another institution"),
    call: (w) =>
      fn(ROSTER, "previewRosterAction")(null, form({ batchId: w.institution.batch, file: file("花名册.csv", "text/csv") })),
  },
  // Someone else's upload: refused, and its refusal rebuilds no preview (ADR 148, access.test.ts `shown`).
  [`${ROSTER}#submitRosterAction`]: {
    allow: [],
    call: (w) => fn(ROSTER, "submitRosterAction")(null, form({ uploadId: w.institution.upload, pledge: "on" })),
  },
  [`${ZIP}#importZipAction`]: {
    allow: only("another institution"),
    call: (w) =>
      fn(ZIP, "importZipAction")(null, form({ batchId: w.institution.batch, file: file("scans.zip", "application/zip") })),
  },
  [`${ZIP}#submitCompleteAction`]: {
    allow: only("another institution"),
    call: (w) => fn(ZIP, "submitCompleteAction")(null, form({ batchId: w.institution.batch })),
  },
  "app/[locale]/institution/documents/actions.ts#uploadDocumentAction": {
    allow: only("another institution"),
    call: (w) =>
      fn("app/[locale]/institution/documents/actions.ts", "uploadDocumentAction")(
        null,
        form({ batchId: w.institution.batch, kind: "COMMITMENT_LETTER", file: file("承诺书.pdf") }),
      ),
  },
  "app/downloads/institution/roster-template/route.ts#GET": {
    allow: only("another institution"),
    call: () => fn("app/downloads/institution/roster-template/route.ts", "GET")(),
  },
  "app/downloads/institution/roster/[uploadId]/invalid/route.ts#GET": {
    allow: [],
    call: (w) =>
      fn("app/downloads/institution/roster/[uploadId]/invalid/route.ts", "GET")(
        get("/x"),
        params({ uploadId: w.institution.upload }),
      ),
  },
  "app/downloads/institution/tickets/[planId]/route.ts#GET": {
    allow: only("another institution"), // its own candidates of that plan only (none here): an empty answer, tested in institution/tickets.test.ts
    call: (w) =>
      fn("app/downloads/institution/tickets/[planId]/route.ts", "GET")(get("/x"), params({ planId: w.institution.plan })),
  },
  // Issue 13 item 7: the batch's 花名册 PDF, the institution's own submitted candidates only.
  "app/downloads/institution/roster-pdf/[batchId]/route.ts#GET": {
    allow: only("another institution"),
    call: (w) =>
      fn("app/downloads/institution/roster-pdf/[batchId]/route.ts", "GET")(get("/x"), params({ batchId: w.institution.batch })),
  },
  // Issue 13 item 8: anyone may apply to become an institution and follow their application.
  "app/[locale]/institutions/apply/actions.ts#applyInstitutionAction": {
    public: "四(一)1: an organisation applies; limited per address before any work (institution/become-institution.test.ts)",
  },
  "app/[locale]/institutions/apply/actions.ts#followInstitutionApplicationAction": {
    public: "reference and the contact's mobile, both needed; limited per address (institution/become-institution.test.ts)",
  },
  "app/downloads/institution/collection-form/[planId]/route.ts#GET": {
    allow: only("another institution"),
    call: (w) =>
      fn("app/downloads/institution/collection-form/[planId]/route.ts", "GET")(get("/x"), params({ planId: w.institution.plan })),
  },
  // Issue 13 items 2-3: the institution's own rows only (institution/issue13/*.test.ts).
  [`${CANDIDATES}#correctIdentityAction`]: {
    allow: [],
    call: (w) =>
      fn(CANDIDATES, "correctIdentityAction")(
        null,
        form({ applicationId: w.institution.draft, name: "被改的名字", mobile: "13900000001" }),
      ),
  },
  [`${CANDIDATES}#withdrawApplicationAction`]: {
    allow: [],
    call: (w) => fn(CANDIDATES, "withdrawApplicationAction")(null, form({ applicationId: w.institution.draft })),
  },
  [`${CANDIDATES}#revealIdNumberAction`]: {
    allow: [],
    call: (w) => fn(CANDIDATES, "revealIdNumberAction")(null, form({ applicationId: w.institution.draft })),
  },
  [`${INST_PAY}#batchPaymentNoticeAction`]: {
    allow: only("another institution"), // its own approved candidates only: someone else's are not found
    call: (w) =>
      fn(INST_PAY, "batchPaymentNoticeAction")(
        null,
        form({ batchId: w.institution.batch, applicationIds: [w.institution.draft] }),
      ),
  },
  // Reaches the ownership check (batch 4's payment window is open): someone else's selection is
  // refused, and its refusal rebuilds no notice (ADR 148, access.test.ts `shown`).
  [`${INST_PAY}#submitBatchPaymentAction`]: {
    allow: [],
    refusedAs: /^institution\.errors\.payment\.selectionChanged$/,
    call: (w) =>
      fn(INST_PAY, "submitBatchPaymentAction")(
        null,
        form({
          batchId: w.institution.approvedBatch,
          applicationIds: [w.institution.approved],
          payerName: "某机构",
          amount: "150.00",
          transferDate: "2025-05-08",
          examDate: "2025-05-24",
          headCount: "1",
          receipt: pdf("回单.pdf"),
        }),
      ),
  },
  "app/downloads/institution/batch-tickets/[batchId]/route.ts#GET": {
    allow: only("another institution"), // its own candidates of the batch only (institution/issue13/whole-batch.test.ts)
    call: (w) =>
      fn("app/downloads/institution/batch-tickets/[batchId]/route.ts", "GET")(
        get("/x"),
        params({ batchId: w.institution.batch }),
      ),
  },
  "app/downloads/institution/batch-collection-form/[batchId]/route.ts#GET": {
    allow: only("another institution"),
    call: (w) =>
      fn("app/downloads/institution/batch-collection-form/[batchId]/route.ts", "GET")(
        get("/x"),
        params({ batchId: w.institution.batch }),
      ),
  },
  // Issue 13 item 1: resumable archives (ADR 108); an upload is bound to its institution (institution/archive-upload.test.ts).
  "app/api/institution/uploads/[[...tus]]/route.ts#POST": {
    allow: only("another institution"), // creates its own upload
    call: (w) =>
      fn(
        "app/api/institution/uploads/[[...tus]]/route.ts",
        "POST",
      )(
        new Request("http://portal.test/api/institution/uploads", {
          method: "POST",
          headers: {
            host: "portal.test",
            origin: "http://portal.test",
            "tus-resumable": "1.0.0",
            "upload-length": "1000",
            "upload-metadata": `batchId ${Buffer.from(w.institution.batch).toString("base64")}`,
          },
        }),
      ),
  },
  "app/api/institution/uploads/[[...tus]]/route.ts#HEAD": {
    allow: [],
    call: () =>
      fn(
        "app/api/institution/uploads/[[...tus]]/route.ts",
        "HEAD",
      )(
        new Request(`http://portal.test/api/institution/uploads/${randomUUID()}`, {
          method: "HEAD",
          headers: { host: "portal.test", "tus-resumable": "1.0.0" },
        }),
      ),
  },
  "app/api/institution/uploads/[[...tus]]/route.ts#PATCH": {
    allow: [],
    call: () =>
      fn(
        "app/api/institution/uploads/[[...tus]]/route.ts",
        "PATCH",
      )(
        new Request(`http://portal.test/api/institution/uploads/${randomUUID()}`, {
          method: "PATCH",
          headers: {
            host: "portal.test",
            origin: "http://portal.test",
            "tus-resumable": "1.0.0",
            "upload-offset": "0",
            "content-type": "application/offset+octet-stream",
          },
          body: new Uint8Array(16),
        }),
      ),
  },
  "app/api/institution/archive-imports/[id]/route.ts#GET": {
    allow: [],
    call: () => fn("app/api/institution/archive-imports/[id]/route.ts", "GET")(get("/x"), params({ id: randomUUID() })),
  },
  // ADR 117: a resumable roster's preview, the uploading institution's only (institution/roster-upload.test.ts).
  "app/api/institution/roster-imports/[id]/route.ts#GET": {
    allow: [],
    call: () => fn("app/api/institution/roster-imports/[id]/route.ts", "GET")(get("/x"), params({ id: randomUUID() })),
  },
};

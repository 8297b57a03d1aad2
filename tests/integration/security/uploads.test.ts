import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeHtmlAsJpg, makeHugePng, makeJpeg, makePdf, makePolyglot, makeSvg, sizeKb } from "@/tests/support/files";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";
import { createApplication, createCandidate, createStaff } from "../support/factories";
import { ensureCatalog } from "../support/seed";

// Issue 6, uploads: hostile and borderline files through the real upload action (session,
// ownership, content checks, auto-fit), then every stored file as the staff file route serves it.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { uploadAttachmentAction } = await import("@/app/[locale]/me/applications/[id]/actions");
const { GET: staffFile } = await import("@/app/[locale]/staff/files/[fileId]/route");

const KB300 = 300 * 1024;
const KB200 = 200 * 1024;

type Expect = "stored" | "refused" | "adjusted";
interface Case {
  name: string;
  kind: "PHOTO" | "PLEDGE";
  make: () => Promise<Uint8Array> | Uint8Array;
  fileName: string;
  expect: Expect;
  /** The type it is stored as. */
  mime?: string;
}

const CASES: Case[] = [
  {
    name: "a PDF one byte over 300 KB",
    kind: "PLEDGE",
    make: () => makePdf(KB300 + 1),
    fileName: "承诺书.pdf",
    expect: "refused",
  },
  {
    name: "a PDF of exactly 300 KB",
    kind: "PLEDGE",
    make: () => makePdf(KB300),
    fileName: "承诺书.pdf",
    expect: "stored",
    mime: "application/pdf",
  },
  {
    name: "a PDF one byte under 200 KB",
    kind: "PLEDGE",
    make: () => makePdf(KB200 - 1),
    fileName: "承诺书.pdf",
    expect: "refused",
  },
  {
    name: "a photo one byte over 300 KB (auto-fit offers a smaller one, stores nothing)",
    kind: "PHOTO",
    make: () => makeJpeg({ targetBytes: KB300 + 1 }),
    fileName: "照片.jpg",
    expect: "adjusted",
  },
  {
    name: "a photo of exactly 200 KB",
    kind: "PHOTO",
    make: () => makeJpeg({ targetBytes: KB200 }),
    fileName: "照片.jpg",
    expect: "stored",
    mime: "image/jpeg",
  },
  {
    name: "a .jpg that is really a PDF (kept, as a PDF)",
    kind: "PLEDGE",
    make: () => makePdf(sizeKb(250)),
    fileName: "扫描.jpg",
    expect: "stored",
    mime: "application/pdf",
  },
  {
    name: "a .jpg that is really an HTML page",
    kind: "PLEDGE",
    make: () => makeHtmlAsJpg(),
    fileName: "扫描.jpg",
    expect: "refused",
  },
  { name: "an SVG with a script", kind: "PHOTO", make: () => makeSvg(), fileName: "photo.svg", expect: "refused" },
  { name: "a JPEG/HTML polyglot", kind: "PHOTO", make: () => makePolyglot(), fileName: "照片.jpg", expect: "refused" },
  {
    name: "a 20,000 × 20,000 PNG (refused from its header)",
    kind: "PHOTO",
    make: () => makeHugePng(),
    fileName: "big.png",
    expect: "refused",
  },
  {
    name: "a name with ../ and a right-to-left mark",
    kind: "PLEDGE",
    make: () => makePdf(sizeKb(250)),
    fileName: "../../etc/\u202Efdp.exe\u200F.pdf",
    expect: "stored",
    mime: "application/pdf",
  },
];

let ownerUserId: string;
let applicationId: string;
let reviewerUserId: string;

beforeAll(async () => {
  process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00"; // batch 5 registration is open (三)
  await ensureCatalog();
  const owner = await createCandidate();
  ownerUserId = owner.actor.id;
  await giveUploadConsent(owner.actor); // issue 11: the separate consent before uploads
  applicationId = await createApplication({ candidateId: owner.candidateId, batchSeq: 5, projectSeq: 1 });
  const reviewer = await createStaff(["REVIEWER"]);
  await db.staffSecondFactor.create({
    data: { userId: reviewer.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  await db.user.update({ where: { id: reviewer.id }, data: { lastSeenAt: new Date() } });
  reviewerUserId = reviewer.id;
});
beforeEach(() => {
  session.current = { user: { id: ownerUserId }, sv: 0 };
});

async function upload(c: Case) {
  const bytes = await c.make();
  const data = new FormData();
  data.set("kind", c.kind);
  data.set("file", new File([new Uint8Array(bytes)], c.fileName));
  const before = await db.attachment.findUnique({
    where: { applicationId_kind: { applicationId, kind: c.kind } },
    select: { fileId: true },
  });
  const result = await uploadAttachmentAction(applicationId, null, data);
  const after = await db.attachment.findUnique({
    where: { applicationId_kind: { applicationId, kind: c.kind } },
    select: { fileId: true },
  });
  return { result, before, after, size: bytes.length };
}

function outcomeOf(result: Awaited<ReturnType<typeof uploadAttachmentAction>>): string {
  if (!result.ok) return "refused";
  return result.data.status;
}

describe("issue 6: hostile and borderline uploads", () => {
  it.each(CASES)("$name → $expect", async (c) => {
    const { result, before, after, size } = await upload(c);
    expect(outcomeOf(result), JSON.stringify(result).slice(0, 300)).toBe(c.expect);
    if (c.expect !== "stored") {
      expect(after, "nothing stored").toEqual(before);
      if (c.expect === "adjusted" && result.ok && result.data.status === "adjusted") {
        expect(result.data.afterSize).toBeGreaterThanOrEqual(KB200);
        expect(result.data.afterSize).toBeLessThanOrEqual(KB300);
      }
      return;
    }
    const stored = await db.storedFile.findUniqueOrThrow({
      where: { id: after!.fileId },
      select: { mime: true, size: true, originalName: true },
    });
    expect(stored).toMatchObject({ mime: c.mime, size });
    expect(stored.originalName).not.toMatch(/[/\\\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(stored.originalName.endsWith(c.mime === "application/pdf" ? ".pdf" : ".jpg")).toBe(true);
  });

  it("every stored file is served with nosniff, a CSP that allows nothing, and as a download, whatever its type", async () => {
    const files = await db.attachment.findMany({
      where: { applicationId },
      select: { fileId: true, file: { select: { mime: true } } },
    });
    expect(files.length).toBeGreaterThan(0);
    // A file type the portal never shows, as an older row or another area might hold.
    const other = await db.storedFile.create({
      data: {
        sha256: "0".repeat(64),
        mime: "text/html",
        size: 5,
        originalName: "x.html",
        data: new TextEncoder().encode("<b>x"),
      },
      select: { id: true },
    });
    // Issue 11: only files of an application (or a receipt) are served, so it is one of its attachments.
    await db.attachment.create({ data: { applicationId, kind: "EVIDENCE", fileId: other.id } });
    session.current = { user: { id: reviewerUserId }, sv: 0 };
    expect(new Set(files.map((f) => f.file.mime))).toEqual(new Set(["image/jpeg", "application/pdf"]));
    for (const { fileId, mime } of [
      ...files.map((f) => ({ fileId: f.fileId, mime: f.file.mime })),
      { fileId: other.id, mime: "text/html" },
    ]) {
      const response = await staffFile(new Request(`http://portal.test/staff/files/${fileId}`), {
        params: Promise.resolve({ fileId }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
      expect(response.headers.get("content-disposition"), mime).toMatch(/^attachment;/);
      // Images and PDFs keep their type: the staff pages show them (an <img>, a blob: frame).
      const shown = ["image/jpeg", "image/png", "application/pdf"].includes(mime);
      expect(response.headers.get("content-type")).toBe(shown ? mime : "application/octet-stream");
      expect(response.headers.get("content-disposition")).not.toMatch(/\.\.|%E2%80%AE|%E2%80%8F/);
    }
    await db.attachment.deleteMany({ where: { fileId: other.id } });
    await db.storedFile.delete({ where: { id: other.id } });
  });

  it("the candidate who uploaded a file cannot fetch it through the staff route, nor can a stranger", async () => {
    const { fileId } = await db.attachment.findFirstOrThrow({ where: { applicationId }, select: { fileId: true } });
    for (const current of [{ user: { id: ownerUserId }, sv: 0 }, null]) {
      session.current = current;
      const response = await staffFile(new Request(`http://portal.test/staff/files/${fileId}`), {
        params: Promise.resolve({ fileId }),
      });
      expect([401, 403]).toContain(response.status);
      expect((await response.arrayBuffer()).byteLength).toBe(0);
    }
  });
});

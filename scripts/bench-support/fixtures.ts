import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db-client";
import { fromIsoDate } from "@/lib/dates";
import { withCheckDigit } from "@/lib/domain/id-number";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";

/**
 * Bench data written straight into the database (a surge of 100 people who each spent ten
 * minutes in the wizard is not what is measured). Every application is complete, so the
 * server's own checks at submit pass: project 1, condition 1 (high school or above), a
 * bachelor's degree, the six files, the pledge.
 */

const BENCH_BATCH_SEQ = 90;
const REQUIRED_KINDS = ["PHOTO", "APPLICATION_FORM", "PLEDGE", "EDUCATION_PROOF", "ID_FRONT", "ID_BACK"] as const;

export interface BenchPerson {
  userId: string;
  candidateId: string;
  idNumber: string;
  name: string;
  applicationId: string;
}

let issued = 0;

/** Distinct valid ID numbers for the whole process: birth days from 1980 on, 900 per day. */
function nextIdNumber(): string {
  const n = issued++;
  const birth = new Date(Date.UTC(1980, 0, 1) + Math.floor(n / 900) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
  return withCheckDigit(`510104${birth}${String(100 + (n % 900)).padStart(3, "0")}`);
}

/**
 * The bench batch: not published (the public calendar stays the notice's eleven), every window
 * open on the bench day 2025-05-08, so submit, payment and the ticket lookup all run on one clock.
 */
export async function benchPlan(db: Db, projectSeq = 1): Promise<{ batchId: string; planId: string; conditionId: string }> {
  const day = (iso: string) => fromIsoDate(iso);
  const batch = await db.batch.upsert({
    where: { year_seq: { year: 2025, seq: BENCH_BATCH_SEQ } },
    create: {
      year: 2025,
      seq: BENCH_BATCH_SEQ,
      published: false,
      registrationStart: day("2025-05-01"),
      registrationEnd: day("2025-05-20"),
      reviewStart: day("2025-05-01"),
      reviewEnd: day("2025-05-20"),
      paymentStart: day("2025-05-01"),
      paymentEnd: day("2025-05-20"),
      ticketStart: day("2025-05-01"),
      ticketEnd: day("2025-05-20"),
      examDate: day("2025-05-24"),
    },
    update: {},
    select: { id: true },
  });
  const project = await db.project.findUniqueOrThrow({ where: { seq: projectSeq }, select: { id: true } });
  const plan = await db.plan.upsert({
    where: { batchId_projectId: { batchId: batch.id, projectId: project.id } },
    create: { batchId: batch.id, projectId: project.id },
    update: {},
    select: { id: true },
  });
  const condition = await db.condition.findFirstOrThrow({ where: { projectId: project.id, seq: 1 }, select: { id: true } });
  return { batchId: batch.id, planId: plan.id, conditionId: condition.id };
}

let sharedFiles: Promise<{ photo: string; pdf: string }> | undefined;

/** One 250 KB photo and one 250 KB PDF that every bench application points to (read-only in the bench). */
function benchFiles(db: Db): Promise<{ photo: string; pdf: string }> {
  sharedFiles ??= (async () => {
    const jpeg = await makeJpeg({ targetBytes: sizeKb(250), exact: true });
    const pdf = makePdf(sizeKb(250));
    const [photo, document] = await Promise.all([
      db.storedFile.create({
        data: { sha256: "0".repeat(64), mime: "image/jpeg", size: jpeg.length, originalName: "photo.jpg", data: jpeg },
        select: { id: true },
      }),
      db.storedFile.create({
        data: { sha256: "0".repeat(64), mime: "application/pdf", size: pdf.length, originalName: "scan.pdf", data: pdf },
        select: { id: true },
      }),
    ]);
    return { photo: photo.id, pdf: document.id };
  })();
  return sharedFiles;
}

export interface PeopleOptions {
  count: number;
  status?: "DRAFT" | "PAYMENT_CONFIRMED";
  /** Ticket numbers for PAYMENT_CONFIRMED applications (ticket lookup). */
  withTickets?: boolean;
  /** Leave the photo out: the upload bench attaches it. */
  withoutPhoto?: boolean;
}

/** `count` candidates with accounts and one complete application each in the bench plan. */
export async function benchPeople(db: Db, options: PeopleOptions): Promise<BenchPerson[]> {
  const { planId, conditionId } = await benchPlan(db);
  const files = await benchFiles(db);
  const status = options.status ?? "DRAFT";
  const people: BenchPerson[] = Array.from({ length: options.count }, (_, i) => ({
    userId: randomUUID(),
    candidateId: randomUUID(),
    idNumber: nextIdNumber(),
    name: ["王小明", "李秀英", "张伟", "欧阳娜娜", "阿卜杜热合曼"][i % 5] ?? "考生",
    applicationId: randomUUID(),
  }));
  const ticketBase =
    status === "PAYMENT_CONFIRMED" ? await db.application.count({ where: { planId, ticketNumber: { not: null } } }) : 0;
  const at = new Date("2025-05-08T01:00:00Z");
  await db.$transaction(
    async (tx) => {
      await tx.user.createMany({
        data: people.map((p) => ({
          id: p.userId,
          kind: "CANDIDATE" as const,
          login: p.idNumber,
          displayName: p.name,
          passwordHash: "bench",
        })),
      });
      await tx.candidate.createMany({
        data: people.map((p) => ({ id: p.candidateId, idNumber: p.idNumber, name: p.name, userId: p.userId })),
      });
      await tx.application.createMany({
        data: people.map((p, i) => ({
          id: p.applicationId,
          planId,
          candidateId: p.candidateId,
          channel: "INDIVIDUAL" as const,
          conditionId,
          status,
          draftStep: 6,
          education: "BACHELOR" as const,
          school: "四川大学",
          address: "成都市武侯区人民南路三段17号",
          educationProofCase: 1,
          pledgeAcceptedAt: at,
          ...(status === "PAYMENT_CONFIRMED"
            ? {
                submittedAt: at,
                ticketNumber: options.withTickets
                  ? formatTicketNumber({ year: 2025, batchSeq: BENCH_BATCH_SEQ, projectSeq: 1, sequence: ticketBase + i + 1 })
                  : null,
              }
            : {}),
        })),
      });
      const kinds = options.withoutPhoto ? REQUIRED_KINDS.filter((k) => k !== "PHOTO") : REQUIRED_KINDS;
      await tx.attachment.createMany({
        data: people.flatMap((p) =>
          kinds.map((kind) => ({ applicationId: p.applicationId, kind, fileId: kind === "PHOTO" ? files.photo : files.pdf })),
        ),
      });
      await tx.applicationEvent.createMany({
        data: people.map((p) => ({ applicationId: p.applicationId, toStatus: "DRAFT" as const, actorId: p.userId, at })),
      });
    },
    { timeout: 120_000 },
  );
  return people;
}

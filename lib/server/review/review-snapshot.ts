import { ATTACHMENT_KINDS } from "@/lib/domain/attachments";
import { REVIEW_FIELD_KEYS, type ReviewFieldKey } from "@/lib/schemas/staff-review-schema";

/**
 * What an application looked like when it was returned (Application.returnedSnapshot): its
 * data as text and the id of each attached file. On resubmission the reviewer sees which
 * fields and files the candidate changed, without a history table.
 */
export interface ReviewSnapshot {
  fields: Record<ReviewFieldKey, string | null>;
  files: Record<string, string>;
  at: string;
}

export interface SnapshotSource {
  condition: { code: string } | null;
  education: string | null;
  school: string | null;
  major: string | null;
  graduationYear: number | null;
  occupation: string | null;
  employer: string | null;
  address: string | null;
  educationProofCase: number | null;
  attachments: { kind: string; fileId: string }[];
}

export function snapshotOf(source: SnapshotSource, at: Date): ReviewSnapshot {
  const text = (value: string | number | null) => (value === null ? null : String(value));
  return {
    fields: {
      condition: source.condition?.code ?? null,
      education: source.education,
      school: source.school,
      major: source.major,
      graduationYear: text(source.graduationYear),
      occupation: source.occupation,
      employer: source.employer,
      address: source.address,
      educationProofCase: text(source.educationProofCase),
    },
    files: Object.fromEntries(source.attachments.map((a) => [a.kind, a.fileId])),
    at: at.toISOString(),
  };
}

/** Keys (fields, then attachment kinds) whose value differs from the snapshot, in screen order. */
export function changedSince(snapshot: unknown, current: SnapshotSource): string[] {
  if (!isSnapshot(snapshot)) return [];
  const now = snapshotOf(current, new Date(0));
  const fields = REVIEW_FIELD_KEYS.filter((key) => (snapshot.fields[key] ?? null) !== now.fields[key]);
  const files = ATTACHMENT_KINDS.filter((kind) => (snapshot.files[kind] ?? null) !== (now.files[kind] ?? null));
  return [...fields, ...files];
}

function isSnapshot(value: unknown): value is ReviewSnapshot {
  return typeof value === "object" && value !== null && "fields" in value && "files" in value;
}

import type { AdminBatchDto } from "@/lib/server/admin/manage-batches";
import type { AdminField } from "./admin-form";

const DATE_FIELDS = [
  "registrationStart",
  "registrationEnd",
  "reviewStart",
  "reviewEnd",
  "paymentStart",
  "paymentEnd",
  "ticketStart",
  "ticketEnd",
  "examDate",
] as const;

/** The batch form's fields, in 三's column order, filled from an existing batch when editing. */
/** The names of the batch form's fields (labels under `staffAdmin.calendar.fields`). */
export type BatchFieldName = "year" | (typeof DATE_FIELDS)[number];

export function batchFields(label: (key: BatchFieldName) => string, year: number, batch?: AdminBatchDto): AdminField[] {
  const value = (field: (typeof DATE_FIELDS)[number]): string => {
    if (!batch) return "";
    if (field === "examDate") return batch.examDate;
    const window = field.replace(/(Start|End)$/, "") as "registration" | "review" | "payment" | "ticket";
    return field.endsWith("Start") ? batch[window].start : batch[window].end;
  };
  return [
    { name: "year", label: label("year"), type: "text", defaultValue: String(batch?.year ?? year), required: true },
    ...DATE_FIELDS.map((name): AdminField => ({
      name,
      label: label(name),
      type: "date",
      defaultValue: value(name),
      required: true,
    })),
  ];
}

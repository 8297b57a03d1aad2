import type { AdminInstitutionDto } from "@/lib/server/admin/manage-institutions";
import type { AdminField } from "./admin-form";

/** The institution form: name, address, contacts as lines, authorized projects (附件2). */
export function institutionFields(
  label: (key: "name" | "address" | "contacts" | "projects") => string,
  projects: { seq: number; name: string }[],
  institution?: AdminInstitutionDto,
): AdminField[] {
  return [
    { name: "name", label: label("name"), type: "text", defaultValue: institution?.name ?? "", required: true },
    { name: "address", label: label("address"), type: "text", defaultValue: institution?.address ?? "", required: true },
    {
      name: "contacts",
      label: label("contacts"),
      type: "textarea",
      defaultValue: (institution?.contacts ?? []).map((c) => `${c.name} ${c.phone}`).join("\n"),
    },
    {
      name: "projects",
      label: label("projects"),
      type: "checkboxes",
      options: projects.map((p) => ({ value: String(p.seq), label: `${p.seq}. ${p.name}` })),
      defaultValues: (institution?.projects ?? []).map(String),
    },
  ];
}

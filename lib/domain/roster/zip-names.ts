import type { Failure } from "@/lib/action-result";
import type { AttachmentKindName } from "../attachments";
import { parseIdNumber } from "../id-number";
import type { IsoDate } from "../types";

/**
 * Attachments for many candidates in one zip (四(一)2 "将…相关材料扫描件…上传系统"): each file
 * is named `<身份证号码>_<类型>.<扩展名>`, so the portal can match it to its candidate without
 * anyone clicking. The six types are the notice's scans plus the photo; 证明材料 covers the
 * conditions whose evidence staff judge (附件1 items 11, 15, 16, 19, 20).
 */
export const ZIP_FILE_TYPES: Readonly<Record<string, AttachmentKindName>> = {
  照片: "PHOTO",
  申报表: "APPLICATION_FORM",
  承诺书: "PLEDGE",
  学历证明: "EDUCATION_PROOF",
  身份证正面: "ID_FRONT",
  身份证反面: "ID_BACK",
  证明材料: "EVIDENCE",
};

export const ZIP_TYPE_LABELS: Readonly<Record<AttachmentKindName, string>> = Object.fromEntries(
  Object.entries(ZIP_FILE_TYPES).map(([label, kind]) => [kind, label]),
) as Record<AttachmentKindName, string>;

export const ZIP_EXTENSIONS = ["jpg", "jpeg", "png", "pdf"] as const;

export type ZipPathVerdict =
  { ok: true; baseName: string } | { ok: false; reason: "traversal" | "absolute" | "directory" | "hidden" };

/**
 * Where an entry would land if someone unpacked it: never outside the folder ("../x",
 * "/etc/x", "C:\\x", "\\\\server\\x"). The portal never writes entries to disk, but a name
 * like that only comes from a tool or a person up to no good, so the entry is refused.
 * Directory entries and the Mac's "__MACOSX/" and "._x" companions carry no scan.
 */
export function checkZipPath(rawName: string): ZipPathVerdict {
  const name = rawName.replace(/\\/g, "/");
  if (name.endsWith("/")) return { ok: false, reason: "directory" };
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return { ok: false, reason: "absolute" };
  const parts = name.split("/");
  if (parts.some((p) => p === "..")) return { ok: false, reason: "traversal" };
  const baseName = parts[parts.length - 1] ?? "";
  if (parts.includes("__MACOSX") || baseName.startsWith(".") || baseName === "Thumbs.db" || baseName === "desktop.ini")
    return { ok: false, reason: "hidden" };
  return { ok: true, baseName };
}

export type ZipNameResult =
  | { ok: true; idNumber: string; kind: AttachmentKindName; extension: (typeof ZIP_EXTENSIONS)[number] }
  | { ok: false; reason: "pattern" | "id-number" | "type" | "extension" };

/**
 * `510104199001011234_照片.jpg`: the ID number (X in either case), an underscore (or a
 * hyphen or a space: people type what they see), one of the types, an allowed extension.
 */
export function parseZipFileName(baseName: string, today: IsoDate): ZipNameResult {
  const name = baseName.normalize("NFKC").trim();
  const match = /^([^_\-\s]+)[_\-\s]+([^.]+)\.([A-Za-z0-9]+)$/.exec(name);
  if (!match) return { ok: false, reason: "pattern" };
  const [, id = "", type = "", ext = ""] = match;
  const extension = ext.toLowerCase();
  if (!(ZIP_EXTENSIONS as readonly string[]).includes(extension)) return { ok: false, reason: "extension" };
  const kind = ZIP_FILE_TYPES[type.trim()];
  if (!kind) return { ok: false, reason: "type" };
  const parsed = parseIdNumber(id, today);
  if (!parsed.ok) return { ok: false, reason: "id-number" };
  return { ok: true, idNumber: parsed.value.idNumber, kind, extension: extension as (typeof ZIP_EXTENSIONS)[number] };
}

/**
 * Why an entry is not imported (its name, or a folder or system file; an unsafe path refuses the
 * whole zip instead), as a message key with its parameters (ADR 130, 149):
 * said in the reader's language where the report is shown, never a sentence made here.
 */
export function zipNameFailure(reason: Exclude<ZipNameResult, { ok: true }>["reason"] | "directory" | "hidden"): Failure {
  switch (reason) {
    case "pattern":
      return { key: "ruleFailures.zip.name.pattern" };
    case "id-number":
      return { key: "ruleFailures.zip.name.idNumber" };
    case "type":
      return { key: "ruleFailures.zip.name.type", params: { types: Object.keys(ZIP_FILE_TYPES).join("、") } };
    case "extension":
      // The message names ZIP_EXTENSIONS itself (a list reads differently in each language).
      return { key: "ruleFailures.zip.name.extension" };
    case "directory":
      return { key: "ruleFailures.zip.name.directory" };
    case "hidden":
      return { key: "ruleFailures.zip.name.hidden" };
  }
}

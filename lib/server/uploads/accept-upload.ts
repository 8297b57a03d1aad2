import "server-only";
import { checkUploadSize, type AllowedMime, type UploadPurpose } from "@/lib/domain/upload-rules";
import { sanitizeFileName, withExtension } from "@/lib/server/storage/file-name";
import { autoFitImage } from "./auto-fit";
import { inspectUpload } from "./inspect-upload";
import { refuse, type UploadRefusal } from "./refusal";

export interface PreparedUpload {
  ok: true;
  /** What to store: the original bytes, or the auto-fitted JPEG. */
  bytes: Uint8Array;
  mime: AllowedMime;
  kind: "image" | "pdf";
  size: number;
  /** Sanitized, with the extension of the real type ("扫描.jpg" that is a PDF becomes "扫描.pdf"). */
  name: string;
  width?: number;
  height?: number;
  /** Set when auto-fit re-encoded the image: the UI shows before/after for the candidate to accept. */
  adjusted: { beforeSize: number; afterSize: number; rotated: boolean; quality: number } | null;
}

const EXTENSIONS: Record<AllowedMime, readonly string[]> = {
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "application/pdf": ["pdf"],
};

function nameFor(originalName: string, mime: AllowedMime): string {
  const name = sanitizeFileName(originalName);
  const extension = name.includes(".") ? (name.split(".").pop() ?? "").toLowerCase() : "";
  const allowed = EXTENSIONS[mime];
  return allowed.includes(extension) ? name : withExtension(name, allowed[0] ?? "bin");
}

/** An image that meets no rule as sent but may once fitted: `fitUpload` does it. */
export interface NeedsFit {
  ok: "needs-fit";
  /** The file as sent, when it meets the size rule and only turning it upright is asked. */
  original: PreparedUpload | null;
}

/**
 * The cheap half of `prepareUpload`: inspection (type, safety, header dimensions, no pixel
 * decoded) and the purpose's size rule. Answers the upload ready to store, a refusal, or
 * `needs-fit` when auto-fit is asked and could help; the caller may check who is asking before
 * it pays for the fit (attach-file.ts).
 */
export async function inspectForUpload(
  bytes: Uint8Array,
  originalName: string,
  purpose: UploadPurpose,
  options: { autoFit: boolean },
): Promise<PreparedUpload | UploadRefusal | NeedsFit> {
  const inspected = await inspectUpload(bytes, purpose);
  if (!inspected.ok) return inspected;
  const { kind, mime, size, width, height } = inspected;
  const outcome = checkUploadSize(size, purpose);
  const sideways = kind === "image" && (inspected.orientation ?? 1) > 1;
  const original: PreparedUpload = {
    ok: true,
    bytes,
    mime,
    kind,
    size,
    name: nameFor(originalName, mime),
    width,
    height,
    adjusted: null,
  };

  if (outcome === "ok" && !(sideways && options.autoFit)) return original;
  if (outcome !== "ok" && (kind === "pdf" || !options.autoFit)) return refuse(outcome, { purpose, size, kind });
  return { ok: "needs-fit", original: outcome === "ok" ? original : null };
}

/** The costly half: decodes and re-encodes an image `inspectForUpload` said may fit. */
export async function fitUpload(
  bytes: Uint8Array,
  originalName: string,
  purpose: UploadPurpose,
  pending: NeedsFit,
): Promise<PreparedUpload | UploadRefusal> {
  const fitted = await autoFitImage(bytes, purpose);
  if (!fitted.ok) {
    // Only turning it upright failed: the file as sent meets the rule, and browsers honour EXIF orientation.
    return pending.original ?? fitted;
  }
  return {
    ok: true,
    bytes: fitted.bytes,
    mime: fitted.mime,
    kind: "image",
    size: fitted.afterSize,
    name: nameFor(originalName, fitted.mime),
    width: fitted.width,
    height: fitted.height,
    adjusted: { beforeSize: fitted.beforeSize, afterSize: fitted.afterSize, rotated: fitted.rotated, quality: fitted.quality },
  };
}

/**
 * Everything between the bytes a person sent and the bytes the portal stores: inspection
 * (type, safety, dimensions), the purpose's size rule, and, when the caller asks for it,
 * auto-fit of images. Writes nothing: the caller stores the result with FileStore inside the
 * transaction that attaches it, or first shows `adjusted` to the candidate for acceptance.
 */
export async function prepareUpload(
  bytes: Uint8Array,
  originalName: string,
  purpose: UploadPurpose,
  options: { autoFit: boolean },
): Promise<PreparedUpload | UploadRefusal> {
  const first = await inspectForUpload(bytes, originalName, purpose, options);
  return first.ok === "needs-fit" ? fitUpload(bytes, originalName, purpose, first) : first;
}

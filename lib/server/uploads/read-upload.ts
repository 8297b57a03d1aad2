import "server-only";
import type { MessageKey } from "@/lib/i18n/message-key";
import { HARD_CAP_BYTES } from "@/lib/domain/upload-rules";

export type ReadUpload = { bytes: Uint8Array; name: string } | { error: MessageKey };

/**
 * The file a form posted under `field`, read into memory, or the message key of why not: none
 * chosen (an empty file input posts a 0-byte File) or larger than `maxBytes`, checked before
 * the bytes are read. The content is the use case's to check (prepareUpload, the roster reader).
 */
export async function readUpload(
  formData: FormData,
  field: string,
  { maxBytes = HARD_CAP_BYTES, tooLarge = "errors.upload.tooLarge" }: { maxBytes?: number; tooLarge?: MessageKey } = {},
): Promise<ReadUpload> {
  const file = formData.get(field);
  if (!(file instanceof File) || file.size === 0) return { error: "errors.upload.noFile" };
  if (file.size > maxBytes) return { error: tooLarge };
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

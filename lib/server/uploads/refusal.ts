import "server-only";
import { uploadErrorMessage, type UploadErrorCode, type UploadMessageParams } from "@/lib/domain/upload-rules";

/** Why an upload was not accepted: the code (also the message key), the zh-CN sentence, and its values. */
export interface UploadRefusal {
  ok: false;
  error: UploadErrorCode;
  message: string;
  params: UploadMessageParams;
}

export function refuse(error: UploadErrorCode, params: UploadMessageParams): UploadRefusal {
  return { ok: false, error, message: uploadErrorMessage(error, params), params };
}

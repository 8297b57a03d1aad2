import "server-only";
import type { Failure } from "@/lib/action-result";
import { uploadRefusal, type UploadErrorCode, type UploadMessageParams } from "@/lib/domain/upload-rules";

/** Why an upload was not accepted: the code, what the person is told (a key with parameters, ADR 130), and its values. */
export interface UploadRefusal {
  ok: false;
  error: UploadErrorCode;
  failure: Failure;
  params: UploadMessageParams;
}

export function refuse(error: UploadErrorCode, params: UploadMessageParams): UploadRefusal {
  return { ok: false, error, failure: uploadRefusal(error, params), params };
}

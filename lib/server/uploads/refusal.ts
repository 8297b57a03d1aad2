import "server-only";
import { ruleText, type RuleText } from "@/lib/action-result";
import { uploadErrorMessage, type UploadErrorCode, type UploadMessageParams } from "@/lib/domain/upload-rules";

/** Why an upload was not accepted: the code (also the message key), the zh-CN sentence, and its values. */
export interface UploadRefusal {
  ok: false;
  error: UploadErrorCode;
  message: RuleText;
  params: UploadMessageParams;
}

export function refuse(error: UploadErrorCode, params: UploadMessageParams): UploadRefusal {
  return { ok: false, error, message: ruleText(uploadErrorMessage(error, params)), params };
}

import { fail, type ActionResult } from "@/lib/action-result";
import type { AttachOutcome } from "@/lib/server/applications/attach-file";

/**
 * PUT /api/applications/<id>/attachments/<KIND> with the file as the body (ADR 092), through
 * XMLHttpRequest because fetch reports no upload progress. Answers the route's ActionResult; a
 * lost connection is errors.network (nothing was stored, so trying again is safe).
 */
export function putFile(
  applicationId: string,
  kind: string,
  file: Blob,
  name: string,
  options: { accepted: boolean; onProgress: (fraction: number) => void },
): Promise<ActionResult<AttachOutcome>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const query = options.accepted ? "?accepted=1" : "";
    xhr.open("PUT", `/api/applications/${encodeURIComponent(applicationId)}/attachments/${encodeURIComponent(kind)}${query}`);
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(name));
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as unknown;
      resolve(
        typeof body === "object" && body !== null && "ok" in body
          ? (body as ActionResult<AttachOutcome>)
          : fail("errors.generic"),
      );
    };
    xhr.onerror = () => resolve(fail("phoneUpload.networkError"));
    xhr.ontimeout = () => resolve(fail("phoneUpload.networkError"));
    xhr.send(file);
  });
}

/** The stored file's type, size and PDF page count, for the preview of a file stored before this page. */
export async function fileInfo(
  applicationId: string,
  kind: string,
): Promise<{ mime: string; size: number; pages: number | null } | null> {
  try {
    const response = await fetch(
      `/api/applications/${encodeURIComponent(applicationId)}/attachments/${encodeURIComponent(kind)}?info=1`,
      { cache: "no-store" },
    );
    if (!response.ok) return null;
    return (await response.json()) as { mime: string; size: number; pages: number | null };
  } catch {
    return null;
  }
}

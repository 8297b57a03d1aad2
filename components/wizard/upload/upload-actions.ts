import type { ActionResult } from "@/lib/action-result";
import type { AttachOutcome } from "@/lib/server/applications/attach-file";
import type { DetachOutcome } from "@/lib/server/applications/detach-file";

/** Unbound, the application's id in the form (a bound action loops without JavaScript, vercel/next.js#57867). */
export type UploadFormAction = (
  previous: ActionResult<AttachOutcome> | null,
  formData: FormData,
) => Promise<ActionResult<AttachOutcome>>;
export type DeleteAction = (
  previous: ActionResult<DetachOutcome> | null,
  formData: FormData,
) => Promise<ActionResult<DetachOutcome>>;

/** A file already stored for a field. */
export interface StoredInfo {
  size: number;
  mime: string;
  /** Pages of a PDF when known (from the upload's answer, else asked once the page runs). */
  pages: number | null;
}

/** The server's auto-fit of an image the browser did not fit: stored only once accepted (issue 3). */
export interface ServerAdjusted {
  beforeSize: number;
  afterSize: number;
  mime: string;
  base64: string;
}

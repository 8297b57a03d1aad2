"use client";

import Uppy from "@uppy/core";
import Tus from "@uppy/tus";
import { useCallback, useEffect, useRef, useState } from "react";
import { ARCHIVE_CHUNK_BYTES } from "@/lib/domain/request-limits";

/** What a resumable upload is for (ADR 117): the server's tus hooks bind it to the batch and read it as this kind. */
export type TusMeta = { batchId: string; kind: "archive" | "roster" };

export type TusPhase =
  | { kind: "idle" }
  | { kind: "uploading"; sent: number; total: number }
  /** `status`: the server's refusal (ADR 108's hooks), or undefined for the network: resume from where the server stands. */
  | { kind: "interrupted"; status: number | undefined }
  /** Every byte is on the server: `id` is the upload (and its background work's) id. */
  | { kind: "sent"; id: string };

const UPLOADS = "/api/institution/uploads";

/**
 * One file sent with tus through Uppy (ADR 108, 117): ARCHIVE_CHUNK_BYTES per PATCH (within the
 * one request cap), a broken piece retried from the offset the server reports, and after a
 * reload the same file resumed from the fingerprint tus keeps in the browser.
 */
export function useTusUpload(maxBytes: number) {
  const uppyRef = useRef<Uppy<TusMeta, Record<string, never>> | null>(null);
  const fileRef = useRef<string | null>(null);
  const [phase, setPhase] = useState<TusPhase>({ kind: "idle" });

  useEffect(() => {
    const uppy = new Uppy<TusMeta, Record<string, never>>({
      autoProceed: false,
      restrictions: { maxNumberOfFiles: 1, maxFileSize: maxBytes },
    }).use(Tus, {
      endpoint: UPLOADS,
      chunkSize: ARCHIVE_CHUNK_BYTES,
      retryDelays: [0, 1000, 3000, 5000],
      allowedMetaFields: ["batchId", "kind", "name"],
      removeFingerprintOnSuccess: true,
    });
    uppy.on("upload-progress", (_file, progress) => {
      setPhase({ kind: "uploading", sent: progress.bytesUploaded, total: Number(progress.bytesTotal ?? 0) });
    });
    uppy.on("upload-error", (_file, error) => {
      const response = (error as { originalResponse?: { getStatus(): number } | null }).originalResponse;
      setPhase({ kind: "interrupted", status: response?.getStatus() });
    });
    uppy.on("upload-success", (_file, response) => {
      const id = response.uploadURL?.split("/").pop();
      if (id) setPhase({ kind: "sent", id });
    });
    uppyRef.current = uppy;
    return () => {
      uppy.destroy();
      uppyRef.current = null;
    };
  }, [maxBytes]);

  /** Takes `file` as the one to send (none: forgets the last). False when it is over `maxBytes` or the uploader is not ready. */
  const choose = useCallback(
    (file: File | undefined, meta: TusMeta, type: string): boolean => {
      const uppy = uppyRef.current;
      fileRef.current = null;
      setPhase({ kind: "idle" });
      if (!uppy) return false;
      uppy.clear();
      if (!file || file.size > maxBytes) return false;
      fileRef.current = uppy.addFile({ name: file.name, type: file.type || type, data: file, meta });
      return true;
    },
    [maxBytes],
  );

  /** Sends the chosen file, or after an interruption goes on from the offset the server holds. */
  const start = useCallback(() => {
    const uppy = uppyRef.current;
    const id = fileRef.current;
    if (!uppy || !id) return false;
    if (phase.kind === "interrupted") void uppy.retryUpload(id);
    else void uppy.upload();
    return true;
  }, [phase.kind]);

  return { phase, choose, start, ready: () => uppyRef.current !== null };
}

/**
 * Polls `url` (a background job's status) every 1.5 s until `finished` says so; null until the
 * first answer for this url. A failed poll is tried again. `finished` should be a module-level function.
 */
export function usePolled<T>(url: string | null, finished: (value: T) => boolean): T | null {
  const [answer, setAnswer] = useState<{ url: string; value: T } | null>(null);
  useEffect(() => {
    if (!url) return;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(url, { cache: "no-store" });
        if (response.ok) {
          const value = (await response.json()) as T;
          if (!stopped) setAnswer({ url, value });
          if (finished(value)) return;
        }
      } catch {
        // The next poll tries again.
      }
      if (!stopped) setTimeout(() => void poll(), 1500);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [url, finished]);
  return answer && answer.url === url ? answer.value : null;
}

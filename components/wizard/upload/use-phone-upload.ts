"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { browserPlan, type Area } from "@/lib/domain/photo-fit";
import type { DetachOutcome } from "@/lib/server/applications/detach-file";
import { useFailureText } from "@/components/ui/failure-text";
import { centeredPhotoArea, fitInBrowser } from "./browser-fit";
import type { Preparing } from "./fit-choice";
import { fileInfo, putFile } from "./put-file";
import type { ServerAdjusted, StoredInfo } from "./upload-actions";

export type Phase =
  | { name: "idle" }
  | ({ name: "preparing" } & Preparing)
  | { name: "uploading"; progress: number }
  | { name: "failed"; message: string; retry: { blob: Blob; name: string; accepted: boolean } };

function sameArea(a: Area | null, b: Area): boolean {
  return (
    a !== null &&
    Math.abs(a.x - b.x) < 2 &&
    Math.abs(a.y - b.y) < 2 &&
    Math.abs(a.width - b.width) < 2 &&
    Math.abs(a.height - b.height) < 2
  );
}

/**
 * The upload-on-select flow of one field once the page runs (ADR 092): choose → (crop and fit in
 * the browser → the candidate's choice) → PUT with progress → stored, the server's fit to accept,
 * or a refusal; delete through the route. `stored` is what the page rendered until this changes it.
 */
export function usePhoneUpload({
  applicationId,
  kind,
  stored: storedProp,
  hydrated,
}: {
  applicationId: string;
  kind: string;
  stored: StoredInfo | null;
  hydrated: boolean;
}) {
  const say = useFailureText();
  const [override, setOverride] = useState<{ stored: StoredInfo | null; version: number } | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const [serverAdjusted, setServerAdjusted] = useState<ServerAdjusted | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pages, setPages] = useState<number | null>(storedProp?.pages ?? null);
  const inputRef = useRef<HTMLInputElement>(null);
  const fitToken = useRef(0);
  const lastArea = useRef<Area | null>(null);
  const cropTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const urls = useRef<string[]>([]);

  const stored = override ? override.stored : storedProp;
  const version = override?.version ?? 0;

  useEffect(() => {
    const list = urls.current;
    return () => list.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  // A PDF stored before this page: ask its page count once (the upload's answer carries it otherwise).
  const needsPages = hydrated && stored?.mime === "application/pdf" && stored.pages === null && pages === null;
  useEffect(() => {
    if (!needsPages) return;
    let live = true;
    void fileInfo(applicationId, kind).then((info) => {
      if (live && info) setPages(info.pages);
    });
    return () => {
      live = false;
    };
  }, [needsPages, applicationId, kind]);

  function objectUrl(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    urls.current.push(url);
    return url;
  }

  function resetInput() {
    if (inputRef.current) inputRef.current.value = "";
  }

  async function upload(blob: Blob, name: string, accepted: boolean) {
    setRefusal(null);
    setServerAdjusted(null);
    setPhase({ name: "uploading", progress: 0 });
    const result = await putFile(applicationId, kind, blob, name, {
      accepted,
      onProgress: (progress) => setPhase({ name: "uploading", progress }),
    });
    if (!result.ok) {
      setPhase({ name: "failed", message: say(result.formError ?? "errors.generic"), retry: { blob, name, accepted } });
      return;
    }
    const outcome = result.data;
    setPhase({ name: "idle" });
    resetInput();
    if (outcome.status === "stored") {
      setOverride({ stored: { size: outcome.size, mime: outcome.mime, pages: outcome.pages }, version: version + 1 });
      setPages(outcome.pages);
    } else if (outcome.status === "adjusted") {
      setServerAdjusted(outcome);
    } else {
      setRefusal(say(outcome.failure));
    }
  }

  async function fit(original: File, area: Area | null) {
    const token = ++fitToken.current;
    setPhase((p) => (p.name === "preparing" ? { ...p, fitting: true } : p));
    try {
      const fitted = await fitInBrowser(original, area);
      if (token !== fitToken.current) return;
      const url = objectUrl(fitted.file);
      setPhase((p) => (p.name === "preparing" ? { ...p, fitting: false, fitFailed: false, fitted: { ...fitted, url } } : p));
    } catch {
      if (token !== fitToken.current) return;
      setPhase((p) => (p.name === "preparing" ? { ...p, fitting: false, fitFailed: true, fitted: null } : p));
    }
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    setRefusal(null);
    setServerAdjusted(null);
    fitToken.current++;
    const plan = browserPlan(kind, file.type, file.size);
    if (plan === "upload") {
      await upload(file, file.name, false);
      return;
    }
    const crop = plan === "crop";
    setPhase({
      name: "preparing",
      original: file,
      originalUrl: objectUrl(file),
      crop,
      fitting: true,
      fitted: null,
      fitFailed: false,
    });
    let area: Area | null = null;
    if (crop) {
      try {
        area = await centeredPhotoArea(file);
      } catch {
        // Undecodable here: the server says what is wrong with it.
        setPhase({ name: "idle" });
        await upload(file, file.name, false);
        return;
      }
    }
    lastArea.current = area;
    await fit(file, area);
  }

  function onCrop(area: Area) {
    if (phase.name !== "preparing" || sameArea(lastArea.current, area)) return;
    lastArea.current = area;
    const original = phase.original;
    if (cropTimer.current) clearTimeout(cropTimer.current);
    cropTimer.current = setTimeout(() => void fit(original, area), 350);
  }

  function cancel() {
    fitToken.current++;
    setPhase({ name: "idle" });
    resetInput();
  }

  async function remove() {
    setRefusal(null);
    const response = await fetch(
      `/api/applications/${encodeURIComponent(applicationId)}/attachments/${encodeURIComponent(kind)}`,
      { method: "DELETE" },
    ).catch(() => null);
    const result = response ? ((await response.json().catch(() => null)) as ActionResult<DetachOutcome> | null) : null;
    if (result?.ok) {
      setOverride({ stored: null, version: version + 1 });
      setPages(null);
    } else {
      setRefusal(say(result && !result.ok && result.formError ? result.formError : "phoneUpload.networkError"));
    }
  }

  return {
    /** What the field shows. */
    view: { stored, version, pages, phase, serverAdjusted, refusal },
    /** The hidden file input, opened by the field's button. */
    inputRef,
    /** What the candidate does. */
    actions: { upload, choose, onCrop, cancel, remove, discardServerFit: () => setServerAdjusted(null) },
  };
}

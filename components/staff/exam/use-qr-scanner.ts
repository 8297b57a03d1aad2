"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** The parts of the Shape Detection API used here (not in TypeScript's DOM types yet). */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

export type ScannerState = "idle" | "starting" | "scanning" | "unsupported" | "denied";

/**
 * Reads QR codes with the device camera: getUserMedia (rear camera on a phone) and the browser's
 * BarcodeDetector. Where either is missing (Firefox, older Safari) the state says "unsupported"
 * and the desk types the ticket number instead. Stops the camera when a code is read.
 */
export function useQrScanner(onCode: (code: string) => void) {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const [state, setState] = useState<ScannerState>("idle");

  const stop = useCallback(() => {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setState((s) => (s === "scanning" || s === "starting" ? "idle" : s));
  }, []);

  const start = useCallback(async () => {
    const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
    if (!Detector || !navigator.mediaDevices?.getUserMedia) return setState("unsupported");
    setState("starting");
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      streamRef.current = stream;
      const video = videoRef.current;
      if (!video) return stop();
      video.srcObject = stream;
      await video.play();
      setState("scanning");
      const detector = new Detector({ formats: ["qr_code"] });
      const tick = async () => {
        if (!streamRef.current) return;
        const codes = await detector.detect(video).catch(() => []);
        const value = codes[0]?.rawValue;
        if (value) {
          stop();
          onCode(value);
          return;
        }
        setTimeout(() => void tick(), 250);
      };
      void tick();
    } catch {
      streamRef.current = null;
      setState("denied");
    }
  }, [onCode, stop]);

  useEffect(() => stop, [stop]);
  return { videoRef, state, start, stop };
}

import { BENCH_AUTH_SECRET } from "../scripts/bench-support/app-server";
import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { benchPeople } from "../scripts/bench-support/fixtures";
import { burst, ms, type LoadResult } from "../scripts/bench-support/load";
import type { Metric } from "../scripts/bench-support/report";
import { actionId, callAction, describeFailure } from "../scripts/bench-support/server-actions";
import { sessionCookie } from "../scripts/bench-support/session-cookie";
import { makeJpeg, sizeKb } from "../tests/support/files";

/**
 * Uploads (issue 6): 50 candidates send their photo at once, through the upload server action
 * over HTTP (multipart, as the browser's form). A 250 KB JPEG is inspected (type by content,
 * markup scan, dimensions) and stored; a 1 MB phone photo is inspected and auto-fitted into
 * 200–300 KB (the candidate is then shown the result; nothing is stored until accepted).
 */
export const UPLOADS = { concurrent: 50 } as const;

const ACTIONS_FILE = "app/[locale]/me/applications/[id]/actions.ts";

async function uploadBurst(context: BenchContext, bytes: Uint8Array, expected: "stored" | "adjusted"): Promise<LoadResult> {
  const id = actionId(ACTIONS_FILE, "uploadAttachmentAction");
  const people = await benchPeople(context.database.db, { count: UPLOADS.concurrent, withoutPhoto: true });
  const cookies = await Promise.all(
    people.map((p) => sessionCookie({ id: p.userId, kind: "CANDIDATE", displayName: p.name }, BENCH_AUTH_SECRET)),
  );
  return burst(
    people.map((person, i) => async () => {
      const form = new FormData();
      form.set("kind", "PHOTO");
      form.set("file", new File([new Uint8Array(bytes)], "照片.jpg", { type: "image/jpeg" }));
      const response = await callAction({
        baseUrl: context.app.url,
        page: `/me/applications/${person.applicationId}/edit/photo`,
        id,
        args: [person.applicationId, null, form],
        cookie: cookies[i],
      });
      if (!response.ok || !response.body.includes(`"status":"${expected}"`)) throw new Error(describeFailure(response));
      return true;
    }),
  );
}

export async function benchUploads(context: BenchContext): Promise<Metric[]> {
  const inRange = await makeJpeg({ targetBytes: sizeKb(250), exact: true });
  const phone = await makeJpeg({ targetBytes: sizeKb(1000), width: 2400, height: 1800 });
  await uploadBurst(context, inRange, "stored"); // warm-up: sharp, the route, the pool
  const stored = await uploadBurst(context, inRange, "stored");
  const fitted = await uploadBurst(context, phone, "adjusted");
  const part = "uploads";
  const note = (r: LoadResult) =>
    r.errors > 0 ? `${r.errors} errors: ${r.samples[0] ?? ""}` : `${UPLOADS.concurrent} at once over HTTP, 0 errors`;
  return [
    {
      part,
      name: "250 KB photo, checked and stored",
      value: `${stored.perSecond.toFixed(1)}/s, p95 ${ms(stored.p95)}`,
      note: note(stored),
    },
    {
      part,
      name: `${(phone.length / 1024).toFixed(0)} KB phone photo, auto-fitted`,
      value: `${fitted.perSecond.toFixed(1)}/s, p95 ${ms(fitted.p95)}`,
      note: note(fitted),
    },
  ];
}

runPartAlone(import.meta.url, "Uploads", benchUploads);

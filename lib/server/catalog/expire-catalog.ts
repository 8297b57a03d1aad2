import "server-only";
import { revalidateTag } from "next/cache";
import type { CatalogTag } from "./catalog-tags";

/**
 * Expires one public cache tag at once (ADR 050, 088): the use case that changed what the tag
 * covers calls this after its transaction committed, so every public page and `/api/v1` read of
 * this instance reads afresh on its next request. `{ expire: 0 }` is immediate expiry (what
 * `updateTag` does) and, unlike `updateTag`, also works in a route handler.
 *
 * Outside a Next request (a script, a seed, a test calling the use case directly) there is no
 * Next cache in the process to expire, and Next says so with its "store missing" invariant:
 * that one case is ignored; anything else (a call during a render) is a bug and propagates.
 */
export function expireCatalog(tag: CatalogTag): void {
  try {
    revalidateTag(tag, { expire: 0 });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("Invariant: static generation store missing")) return;
    throw error;
  }
}

import "server-only";
import { revalidateTag } from "next/cache";
import { announceCatalogExpired } from "./catalog-expiry-listeners";
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
 *
 * The portal server's answer cache in front of Next (ADR 150) is told first, whatever Next says:
 * it drops its copies at once, and again when the request that expired the tag ends.
 */
export function expireCatalog(tag: CatalogTag): void {
  announceCatalogExpired(tag);
  try {
    revalidateTag(tag, { expire: 0 });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("Invariant: static generation store missing")) return;
    throw error;
  }
}

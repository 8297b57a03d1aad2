import type { CatalogTag } from "./catalog-tags";

/**
 * Who else in this process keeps public answers and must drop them when a catalog tag expires
 * (ADR 150): the portal server's answer cache (scripts/portal-answers.ts). `expireCatalog` tells
 * them; they register with `onCatalogExpired`.
 *
 * The list lives on `globalThis` under a registered symbol: the portal server loads this file
 * through tsx, Next's server bundle loads its own copy, and both must reach the same list. No
 * "server-only" import, for the same reason (the portal server runs outside Next's conditions).
 */
type Listener = (tag: CatalogTag) => void;

const KEY = Symbol.for("portal.catalogExpiryListeners");

function listeners(): Set<Listener> {
  const store = globalThis as { [KEY]?: Set<Listener> };
  return (store[KEY] ??= new Set());
}

/** Calls `listener` with every tag expired in this process from now on; returns the unsubscribe. */
export function onCatalogExpired(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells every listener of this process that `tag` expired. A listener's failure is not the caller's. */
export function announceCatalogExpired(tag: CatalogTag): void {
  for (const listener of listeners()) {
    try {
      listener(tag);
    } catch (error) {
      console.error("catalog expiry listener failed", error);
    }
  }
}

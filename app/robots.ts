import type { MetadataRoute } from "next";

/**
 * Signed-in areas, files and APIs are not for search engines (issue 16). Rules are path
 * prefixes, so "/institution" alone would also hide the public "/institutions" list: the
 * institution area is named by its exact path and its sub-paths instead.
 */
const PRIVATE = ["/me", "/staff", "/institution$", "/institution/", "/api/", "/downloads/", "/staff-files/"] as const;

export const PRIVATE_PATHS: readonly string[] = PRIVATE.flatMap((path) =>
  path.startsWith("/api/") || path.startsWith("/downloads/") || path.startsWith("/staff-files/") ? [path] : [path, `/en${path}`],
);

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: [...PRIVATE_PATHS] }] };
}

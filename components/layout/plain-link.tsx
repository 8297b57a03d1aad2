import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching (ADR 158): the portal's one way to next/link. Next prefetches
 * every link that scrolls into view; on the opening morning a candidate's phone asked the server
 * for 51 prefetches in one journey (ADR 155), 60–67 % of the server's CPU for that journey, for
 * pages the candidate did not open, and on mobile data. A navigation without a prefetch fetches
 * the page when it is tapped, as a browser without JavaScript does. `prefetch` may still be given
 * where a link is nearly always followed.
 */
export function PlainLink({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}

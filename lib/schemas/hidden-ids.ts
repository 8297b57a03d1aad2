import { z } from "zod";

/**
 * The id a form carries in a hidden input for its unbound action (ADR 133, 142): the page wrote
 * it, so a wrong one is never the person's mistake to fix; the use case checks it is theirs.
 */
export const hiddenId = z.guid("errors.generic");

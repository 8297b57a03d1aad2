import type { z } from "zod";

/**
 * The ids an unbound action's form posts in hidden inputs (ADR 133), read with their schema (a
 * browser-safe one, lib/schemas/): the parsed values, or null when one is missing or malformed, which
 * the action answers with a refusal of the whole form (the person did not type them).
 */
export function hiddenFields<S extends z.ZodObject>(schema: S, formData: FormData): z.output<S> | null {
  const posted = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, formData.get(name) ?? ""]));
  const parsed = schema.safeParse(posted);
  return parsed.success ? parsed.data : null;
}

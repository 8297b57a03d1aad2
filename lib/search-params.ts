/**
 * A parsed queue query back as GET parameters, for links that keep the queue's filters (issue 5:
 * review screen → next item → queue). Empty values and the schema's defaults are left out, so
 * an unfiltered queue's links stay plain.
 */
export function searchOf(
  query: Readonly<Record<string, string | number | undefined>>,
  defaults: Readonly<Record<string, unknown>> = {},
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).flatMap(([key, value]) =>
      value === undefined || String(value) === "" || defaults[key] === value ? [] : [[key, String(value)]],
    ),
  );
}

import { register } from "node:module";

/**
 * Lets a tsx script load `lib/server/**` modules. `server-only` throws unless the bundler
 * resolves it with the "react-server" condition, and running node with that condition would
 * also swap React for its server build, which react-pdf cannot render with. So only this one
 * specifier is resolved to an empty module, as vitest's alias does. Import the server modules
 * dynamically after calling this: static imports are resolved before any code runs.
 */
const HOOK = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;

let registered = false;
export function allowServerOnlyImports(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
  registered = true;
}

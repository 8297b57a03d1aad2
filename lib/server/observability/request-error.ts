/**
 * One log line for an error Next caught while answering a request (instrumentation.ts
 * onRequestError). Without personal data (ADR 057, 060): the route's pattern, not its path or
 * query (which may hold an ID number or a mobile); the error's class and digest, not its message
 * (a database error quotes the values it refused); the first frames of the stack, which name code.
 */
export interface RequestErrorContext {
  routerKind: string;
  routePath: string;
  routeType: string;
}

export function requestErrorLine(
  error: unknown,
  request: { method: string; path: string },
  context: RequestErrorContext,
): Record<string, string> {
  const name = error instanceof Error ? error.name : typeof error;
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "";
  const frames =
    error instanceof Error && error.stack
      ? error.stack
          .split("\n")
          .filter((line) => line.trimStart().startsWith("at "))
          .slice(0, 3)
          .map((line) => line.trim().replace(/\(.*[\\/]/, "("))
          .join(" | ")
      : "";
  return {
    event: "request-error",
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    routerKind: context.routerKind,
    error: name,
    digest,
    frames,
  };
}

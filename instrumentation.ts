import type { Instrumentation } from "next";

/**
 * Runs once when the server starts (Next's instrumentation hook): the environment is validated
 * before the first request (lib/env.ts, README "Environment"), so a typo stops the start with
 * the variable's name instead of failing a request hours later.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv } = await import("@/lib/env");
  readEnv();
}

/** Every error Next caught while answering a request, logged once without personal data. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { requestErrorLine } = await import("@/lib/server/observability/request-error");
  console.error("[request-error]", JSON.stringify(requestErrorLine(error, request, context)));
};

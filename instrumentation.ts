import type { Instrumentation } from "next";

/**
 * Runs once when the server starts (Next's instrumentation hook): the environment is validated
 * before the first request (lib/env.ts, README "Environment"), so a typo stops the start with
 * the variable's name instead of failing a request hours later. ADR 110: the Han characters the
 * optional system PDF fonts can draw are read from the fonts here, so input checks accept them.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv } = await import("@/lib/env");
  readEnv();
  const { installExtraHanCoverage } = await import("@/lib/server/documents/extra-font-coverage");
  await installExtraHanCoverage();
}

/** Every error Next caught while answering a request, logged once without personal data. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { requestErrorLine } = await import("@/lib/server/observability/request-error");
  console.error("[request-error]", JSON.stringify(requestErrorLine(error, request, context)));
};

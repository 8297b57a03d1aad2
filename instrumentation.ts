/**
 * Runs once when the server starts (Next.js instrumentation). ADR 110: the Han characters the
 * optional system PDF fonts can draw are read from the fonts here, so input checks accept them.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installExtraHanCoverage } = await import("@/lib/server/documents/extra-font-coverage");
  await installExtraHanCoverage();
}

import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

// An unexpected console.error is a bug the test did not look for (Epic Stack's setup-test-env).
let spy: MockInstance<typeof console.error> | undefined;
beforeEach(() => {
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});
afterEach(() => {
  spy?.mockRestore();
});

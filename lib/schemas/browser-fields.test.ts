import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * ADR 133: the forms check their fields in the browser with these schemas, so nothing they import,
 * however indirectly, may be server-only: not the password-strength dictionaries (a megabyte),
 * not lib/server. Follows the relative and "@/" imports of each file.
 */
const BROWSER_SCHEMAS = [
  "lib/schemas/account-fields.ts",
  "lib/schemas/identity-fields.ts",
  "lib/schemas/application-schema.ts",
  // ADR 142: the candidate and public forms converted after these.
  "lib/schemas/appeal-fields.ts",
  "lib/schemas/privacy-rights-schema.ts",
  "lib/schemas/payment-schema.ts",
  "lib/schemas/inbox-schema.ts",
  "lib/schemas/notification-email-schema.ts",
  "lib/schemas/passkey-schema.ts",
  "lib/schemas/institution-application-schema.ts",
  "lib/schemas/eligibility-schema.ts",
  "lib/schemas/staff-exam-forms.ts",
  "lib/schemas/staff-admin-fields.ts",
  "lib/schemas/institution-decision-schema.ts",
  "lib/schemas/upload-field-schema.ts",
  "lib/schemas/upload-step-schema.ts",
  // ADR 138: the institution area's forms and filters, and the review queue's filter.
  "lib/schemas/institution-batch-schema.ts",
  "lib/schemas/institution-correction-schema.ts",
  "lib/schemas/institution-filter-schema.ts",
  "lib/schemas/institution-payment-schema.ts",
  "lib/schemas/institution-roster-schema.ts",
  "lib/schemas/staff-review-schema.ts",
  // ADR 140: the staff forms' schemas.
  "lib/schemas/staff-review-forms.ts",
  "lib/schemas/staff-payment-forms.ts",
  "lib/schemas/staff-desk-forms.ts",
  // ADR 140: the staff area's GET filters (useSearchForm).
  "lib/schemas/staff-filter-schemas.ts",
  "lib/schemas/staff-audit-schema.ts",
];
const FORBIDDEN = [/password-strength/, /lib\/server\//, /@zxcvbn-ts/, /server-only/];

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : null;
  if (base === null) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  return null;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]!);
}

function reachable(entry: string): { files: Set<string>; specs: Set<string> } {
  const files = new Set<string>();
  const specs = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of importsOf(file)) {
      specs.add(spec);
      const next = resolve(file, spec);
      if (next) queue.push(next);
    }
  }
  return { files, specs };
}

describe("browser-safe form schemas (ADR 133)", () => {
  for (const entry of BROWSER_SCHEMAS) {
    it(`${entry} reaches no server-only code`, () => {
      const { files, specs } = reachable(entry);
      const bad = [...files, ...specs].filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)));
      expect(bad).toEqual([]);
    });
  }

  it("the check sees through a re-export (it would catch account-schema.ts)", () => {
    const { files } = reachable("lib/schemas/account-schema.ts");
    expect([...files].some((file) => file.endsWith("password-strength.ts"))).toBe(true);
  });
});

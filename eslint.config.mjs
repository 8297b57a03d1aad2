import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";
import {
  CLIENT_IMPORTS_TYPES_ONLY,
  LAYER_RULES,
  NO_AS_NEVER,
  NO_BOUND_FORM_ACTION,
  ONE_CLOCK,
  REVALIDATE_PATH_TYPED,
} from "./eslint.layers.mjs";

// One date formatter (ADR 123, issue 15): pages and components show instants with
// lib/i18n/format.ts (Beijing time, the reader's language), never the machine's locale or zone.
const ONE_DATE_FORMATTER = {
  selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
  message: "Format dates with lib/i18n/format.ts (formatDateTime, formatDay, formatTime), not toLocale*String.",
};

/** What lib/ and app/ may not write (app/ adds the one date formatter below). */
const SERVER_CODE_SYNTAX = [...ONE_CLOCK, CLIENT_IMPORTS_TYPES_ONLY, NO_AS_NEVER, NO_BOUND_FORM_ACTION, REVALIDATE_PATH_TYPED];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "bench/out/**",
      ".smoke*",
      ".smoke*/**",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
  {
    // The one clock (ADR 008, issue 12 item 11): the portal's instants come from now() of
    // lib/clock.ts, so a pinned demo or test clock reaches every timestamp it writes.
    files: ["lib/**/*.ts", "lib/**/*.tsx", "app/**/*.ts", "app/**/*.tsx"],
    ignores: ["lib/clock.ts", "**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...SERVER_CODE_SYNTAX] },
  },
  {
    // The same, plus the one date formatter, for the pages (a later block replaces the rule's list).
    files: ["app/**/*.ts", "app/**/*.tsx"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...SERVER_CODE_SYNTAX, ONE_DATE_FORMATTER] },
  },
  {
    // A client component in components/ (the clock rule above covers lib/ and app/).
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": ["error", CLIENT_IMPORTS_TYPES_ONLY, NO_AS_NEVER, NO_BOUND_FORM_ACTION, ONE_DATE_FORMATTER],
    },
  },
  // The layers (ARCHITECTURE.md "Layers", issue 15), in eslint.layers.mjs.
  ...LAYER_RULES,
  {
    files: ["scripts/**", "prisma/**", "bench/**", "tests/**", "*.config.*"],
    rules: { "no-console": "off" },
  },
);

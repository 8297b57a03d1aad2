/**
 * The layers of ARCHITECTURE.md, enforced (issue 15, ADR 105):
 * - lib/domain/ is pure: no framework, no database, no server code, no `node:` module;
 * - components/ never imports app/ (a form bound to an action lives next to its route in
 *   `app/.../_components/`, or receives the action as a prop) nor the database; from lib/server it
 *   imports types only;
 * - a "use client" file imports only types from lib/server (anywhere).
 * tests/unit/layers.test.ts proves the rules fire.
 */

const FRAMEWORK = [
  "next",
  "next/*",
  "next-intl",
  "next-intl/*",
  "next-auth",
  "next-auth/*",
  "react",
  "react/*",
  "react-dom",
  "react-dom/*",
];
const DATABASE = ["@prisma/*", "@/lib/generated/*", "@/lib/db", "@/lib/db-*", "@/lib/db-crypto/*", "pg", "**/lib/generated/**"];
const SERVER = [
  "server-only",
  "@/lib/server",
  "@/lib/server/*",
  "../server/*",
  "../../server/*",
  "@/app/*",
  "@/components/*",
  "@/auth",
];
const NODE = ["node:*", "fs", "fs/*", "path", "crypto", "child_process", "os", "http", "https", "stream", "zlib"];

export const ONE_CLOCK = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "Use now() from lib/clock.ts (the one clock), not new Date().",
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: "Use now() from lib/clock.ts (the one clock), not Date.now().",
  },
];

export const CLIENT_IMPORTS_TYPES_ONLY = {
  // esquery regexes cannot hold "/": `.` stands for it.
  selector:
    "Program:has(ExpressionStatement[directive='use client']) ImportDeclaration[importKind!='type'][source.value=/^@.lib.server./]:has(ImportSpecifier[importKind!='type'], ImportDefaultSpecifier, ImportNamespaceSpecifier)",
  message:
    'A "use client" file imports only types from lib/server (`import type`): server code must not reach the browser. Pass data as props, actions as props.',
};

/** Message keys are typed (ADR 104): a cast to never hides a typo; type the key (MessageKey) instead. */
export const NO_AS_NEVER = {
  selector: "TSAsExpression > TSNeverKeyword",
  message: "No `as never`: type the value (MessageKey, NamespaceKey, isKnownKey for keys read from data, ADR 104).",
};

export const LAYER_RULES = [
  {
    // The public pages and reads are kept by Next and, a few seconds, by the portal server in front
    // of it (ADR 150): a tag expires through expireCatalog, which tells both. A bare revalidateTag
    // or updateTag would leave the portal server's copy up to 5 s behind.
    files: ["app/**/*.ts", "app/**/*.tsx", "lib/server/**/*.ts"],
    ignores: ["lib/server/catalog/expire-catalog.ts", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/cache",
              importNames: ["revalidateTag", "updateTag"],
              message:
                "Expire a public tag with expireCatalog (lib/server/catalog/expire-catalog.ts), called by the use case after its commit: it also drops the portal server's kept answers (ADR 150).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/domain/**/*.ts", "lib/domain/**/*.tsx"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: FRAMEWORK, message: "lib/domain is pure rules of the notice: no framework (ARCHITECTURE.md Layers)." },
            {
              group: DATABASE,
              message: "lib/domain does no I/O: no Prisma, no database (a use case in lib/server reads and passes data).",
            },
            { group: SERVER, message: "lib/domain imports no server code, app/ or components/: they import the domain." },
            { group: NODE, message: "lib/domain runs anywhere: no node: modules (the day is a parameter, bytes come in)." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app", "@/app/*", "@/app/**"],
              message:
                "components/ never imports app/: move an action-bound form next to its route (app/.../_components/) or pass the action as a prop.",
            },
            {
              group: [...DATABASE, "!@/lib/generated/prisma/enums"],
              message: "components/ never touches the database: a use case in lib/server returns a DTO.",
            },
            {
              // A DTO's status field is typed with the database's enum: the type, never the module.
              group: ["@/lib/generated/prisma/enums"],
              allowTypeImports: true,
              message: "components/ may name a database enum as a type only (`import type`).",
            },
            {
              group: ["@/lib/server", "@/lib/server/*", "@/auth", "server-only"],
              allowTypeImports: true,
              message:
                "components/ imports only types from lib/server (`import type`): the page calls the use case and passes the DTO.",
            },
          ],
        },
      ],
    },
  },
];

/**
 * A form's action is unbound (ADR 133): a bound action never answers a post without JavaScript
 * (vercel/next.js#57867). Refused as `useActionForm`'s action and as a component's `action={….bind(…)}`
 * (the pages hand `AdminForm`/`ActionButton` their action as a prop).
 */
export const NO_BOUND_FORM_ACTION = {
  selector: [
    "CallExpression[callee.name='useActionForm'] Property[key.name='action'] > CallExpression[callee.property.name='bind']",
    "JSXAttribute[name.name='action'] > JSXExpressionContainer > CallExpression[callee.property.name='bind']",
  ].join(", "),
  message: "A form's action is unbound (ADR 133, vercel/next.js#57867): put the id in a hidden input and read it in the action.",
};

/**
 * `revalidatePath` of a dynamic route's pattern needs its type ("page" or "layout"): without it
 * Next does nothing (it says so only in the server's log).
 */
export const REVALIDATE_PATH_TYPED = {
  selector: "CallExpression[callee.name='revalidatePath'][arguments.length<2]",
  message: 'revalidatePath needs its type: revalidatePath("/[locale]/…", "page" | "layout") (a pattern without it does nothing).',
};

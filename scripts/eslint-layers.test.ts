import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layers are lint rules (eslint.layers.mjs, ADR 105): the project's own config, run on small
 * snippets placed where real files live (the type-aware parser needs a file of the project).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports" || m.ruleId === "no-restricted-syntax")
    .map((m) => m.message);
}

describe("lint enforces the layers", { timeout: 120_000 }, () => {
  it("a component importing app/ fails", async () => {
    const code = `import { loginAction } from "@/app/[locale]/login/actions";\nexport const action = loginAction;\n`;
    expect((await layerErrors("components/ui/button.tsx", code)).join("\n")).toMatch(/components\/ never imports app\//);
  });

  it("a component names a database enum as a type only, and never imports the client", async () => {
    const typeOnly = `import type { ApplicationStatus } from "@/lib/generated/prisma/enums";\nexport type S = ApplicationStatus;\n`;
    expect(await layerErrors("components/ui/button.tsx", typeOnly)).toEqual([]);
    const value = `import { ApplicationStatus } from "@/lib/generated/prisma/enums";\nexport const s = ApplicationStatus;\n`;
    expect((await layerErrors("components/ui/button.tsx", value)).join("\n")).toMatch(/as a type only/);
    const client = `import { db } from "@/lib/db";\nexport const d = db;\n`;
    expect((await layerErrors("components/ui/button.tsx", client)).join("\n")).toMatch(/never touches the database/);
  });

  it("a public tag expires only through expireCatalog (ADR 150)", async () => {
    const bare = `import { revalidateTag, revalidatePath } from "next/cache";\nexport const x = [revalidateTag, revalidatePath];\n`;
    expect((await layerErrors("lib/server/catalog/catalog-tags.ts", bare)).join("\n")).toMatch(/expireCatalog/);
    expect((await layerErrors("app/[locale]/staff/admin/institution-applications/actions.ts", bare)).join("\n")).toMatch(
      /expireCatalog/,
    );
    expect(await layerErrors("lib/server/catalog/expire-catalog.ts", bare)).toEqual([]);
    const path = `import { revalidatePath } from "next/cache";\nexport const x = revalidatePath;\n`;
    expect(await layerErrors("app/[locale]/me/data/actions.ts", path)).toEqual([]);
  });

  it("a domain file importing Prisma fails, and one importing the framework or node: fails", async () => {
    const prisma = `import { Prisma } from "@prisma/client";\nexport const x = Prisma;\n`;
    expect((await layerErrors("lib/domain/calendar.ts", prisma)).join("\n")).toMatch(/no Prisma/);
    const next = `import { headers } from "next/headers";\nimport { readFileSync } from "node:fs";\nexport const x = [headers, readFileSync];\n`;
    const errors = (await layerErrors("lib/domain/calendar.ts", next)).join("\n");
    expect(errors).toMatch(/no framework/);
    expect(errors).toMatch(/no node: modules/);
  });

  it("a client file, even in app/, may import types from lib/server, not values", async () => {
    const form = "app/[locale]/login/_components/login-form.tsx";
    const typesOnly = `"use client";\nimport type { Actor } from "@/lib/server/auth/session";\nexport type A = Actor;\n`;
    expect(await layerErrors(form, typesOnly)).toEqual([]);
    const value = `"use client";\nimport { requireActor } from "@/lib/server/auth/session";\nexport const a = requireActor;\n`;
    expect((await layerErrors(form, value)).join("\n")).toMatch(/"use client" file imports only types from lib\/server/);
    // The same import in a server file of app/ is the normal path (a page calls its use case).
    expect(await layerErrors(form, value.replace(`"use client";\n`, ""))).toEqual([]);
  });

  it("a cast to never fails in app/, lib/ and components/", async () => {
    const code = `export const k = "x" as never;\n`;
    for (const file of ["components/ui/button.tsx", "lib/server/http/json.ts", "app/[locale]/login/_components/login-form.tsx"])
      expect((await layerErrors(file, code)).join("\n"), file).toMatch(/No `as never`/);
  });

  it("dates are formatted by lib/i18n/format.ts in app/ and components/, not toLocale*String (one formatter)", async () => {
    const code = `export const f = (d: Date) => [d.toLocaleString("zh-CN"), d.toLocaleDateString(), d.toLocaleTimeString()];\n`;
    for (const file of ["components/ui/button.tsx", "app/[locale]/login/_components/login-form.tsx"])
      expect(
        (await layerErrors(file, code)).filter((m) => /lib\/i18n\/format\.ts/.test(m)),
        file,
      ).toHaveLength(3);
    // The clock and the other rules still hold in app/ beside it.
    expect(
      (await layerErrors("app/[locale]/login/_components/login-form.tsx", "export const d = new Date();\n")).join("\n"),
    ).toMatch(/the one clock/);
  });

  it("a form's action is unbound: `.bind(…)` is refused as useActionForm's action and as a JSX action (ADR 133)", async () => {
    const page = "app/[locale]/staff/admin/users/page.tsx";
    const jsx = `declare const A: (p: { action: unknown }) => null;\ndeclare const save: (id: string) => void;\nexport const x = <A action={save.bind(null, "id")} />;\n`;
    expect((await layerErrors(page, jsx)).join("\n")).toMatch(/A form's action is unbound/);
    expect(await layerErrors(page, jsx.replace(`save.bind(null, "id")`, "save"))).toEqual([]);
    const hook = `"use client";\nimport { useActionForm } from "@/components/forms/use-action-form";\ndeclare const save: (id: string) => void;\nexport function F() {\n  return useActionForm({ action: save.bind(null, "id"), schema: undefined });\n}\n`;
    expect((await layerErrors("components/staff/admin/admin-form.tsx", hook)).join("\n")).toMatch(/A form's action is unbound/);
  });

  it("revalidatePath names its type: a pattern without one does nothing in Next", async () => {
    const action = "app/[locale]/staff/admin/return-reasons/actions.ts";
    const code = (args: string) =>
      `import { revalidatePath } from "next/cache";\nexport function f() {\n  revalidatePath(${args});\n}\n`;
    expect((await layerErrors(action, code(`"/[locale]/staff/admin/return-reasons"`))).join("\n")).toMatch(
      /revalidatePath needs its type/,
    );
    expect(await layerErrors(action, code(`"/[locale]/staff/admin/return-reasons", "page"`))).toEqual([]);
  });

  it("the same imports pass where they belong (a use case may use Prisma and next)", async () => {
    const code = `import { Prisma } from "@prisma/client";\nimport { headers } from "next/headers";\nexport const x = [Prisma, headers];\n`;
    expect(await layerErrors("lib/server/http/json.ts", code)).toEqual([]);
  });
});

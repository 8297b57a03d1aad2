import { z } from "zod";

/** `address@host` or `Name <address@host>`, the two forms mail servers accept in From. */
const MAILBOX = /^(?:[^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/;

/** `SMTP_URL=` in an env file means "no mail server", as an absent variable does. */
const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);

/**
 * Every environment variable the portal reads, validated once (create-t3-app's env.js).
 * README "Environment" documents each one.
 */
const schema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  PORTAL_NOW: z.iso.datetime({ offset: true }).optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORTAL_JOB_TOKEN: z.string().min(16).optional(),
  // Resumable archive uploads (ADR 108): where tus keeps the pieces until the import has read them.
  PORTAL_TUS_DIR: z.preprocess(unsetWhenEmpty, z.string().min(1).default(".data/tus")),
  PORTAL_SLOW_QUERY_MS: z.coerce.number().int().positive().default(200),
  // Printed in QR codes and documents (README "Environment"); a bare host would print broken links.
  PORTAL_BASE_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^https?$/ }).optional()),
  AUTH_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^https?$/ }).optional()),
  // A typo here would otherwise surface only as failed emails hours later, in the outbox page.
  SMTP_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^smtps?$/, hostname: /./ }).optional()),
  SMTP_FROM: z.preprocess(unsetWhenEmpty, z.string().regex(MAILBOX, "Name <address@host> or address@host").optional()),
  // Identity (issue 10, ADR 056): where SMS go. `dev` writes them to the log and a staff-only page.
  PORTAL_SMS_PROVIDER: z.preprocess(unsetWhenEmpty, z.enum(["dev", "aliyun"]).default("dev")),
  ALIYUN_SMS_ACCESS_KEY_ID: z.preprocess(unsetWhenEmpty, z.string().min(1).optional()),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.preprocess(unsetWhenEmpty, z.string().min(1).optional()),
  ALIYUN_SMS_SIGN_NAME: z.preprocess(unsetWhenEmpty, z.string().min(1).optional()),
  ALIYUN_SMS_TEMPLATE_CODE: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^SMS_\d+$/, "SMS_ and digits")
      .optional(),
  ),
  ALIYUN_SMS_NOTICE_TEMPLATE_CODE: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^SMS_\d+$/, "SMS_ and digits")
      .optional(),
  ),
  ALIYUN_SMS_ENDPOINT: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^https?$/ }).default("https://dysmsapi.aliyuncs.com/")),
});

/** With PORTAL_SMS_PROVIDER=aliyun, the key pair, the signature name and the code template are required. */
const ALIYUN_REQUIRED = [
  "ALIYUN_SMS_ACCESS_KEY_ID",
  "ALIYUN_SMS_ACCESS_KEY_SECRET",
  "ALIYUN_SMS_SIGN_NAME",
  "ALIYUN_SMS_TEMPLATE_CODE",
] as const;

export type Env = z.infer<typeof schema>;

/**
 * Built once: a schema made per call is compiled again by zod on each parse (its JIT builds a
 * function per object schema) (ADR 152).
 */
const checked = schema.superRefine((env, ctx) => {
  if (env.PORTAL_SMS_PROVIDER !== "aliyun") return;
  for (const key of ALIYUN_REQUIRED)
    if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "required when PORTAL_SMS_PROVIDER=aliyun" });
});

const KEYS = Object.keys(schema.shape);
let last: { source: NodeJS.ProcessEnv; values: string; env: Env } | null = null;

/**
 * The environment, validated. Read on every call (a test may change a variable), but parsed
 * again only when one of the portal's variables changed: `now()` reads it on every request, and
 * the parse showed in the ticket lookup's profile (ADR 151) and the signed-in pages' (ADR 152).
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const values = KEYS.map((key) => source[key] ?? "\u0000").join("\u0001");
  if (last?.source === source && last.values === values) return last.env;
  const env = parseEnv(source);
  last = { source, values, env };
  return env;
}

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = checked.safeParse(source);
  if (!parsed.success) {
    const fields = Object.entries(z.flattenError(parsed.error).fieldErrors)
      .map(([key, messages]) => `${key}: ${(messages ?? []).join(", ")}`)
      .join("; ");
    throw new Error(`环境变量无效 / invalid environment: ${fields}`);
  }
  return parsed.data;
}

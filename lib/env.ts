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
  PORTAL_SLOW_QUERY_MS: z.coerce.number().int().positive().default(200),
  // A typo here would otherwise surface only as failed emails hours later, in the outbox page.
  SMTP_URL: z.preprocess(unsetWhenEmpty, z.url({ protocol: /^smtps?$/, hostname: /./ }).optional()),
  SMTP_FROM: z.preprocess(unsetWhenEmpty, z.string().regex(MAILBOX, "Name <address@host> or address@host").optional()),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const fields = Object.entries(z.flattenError(parsed.error).fieldErrors)
      .map(([key, messages]) => `${key}: ${(messages ?? []).join(", ")}`)
      .join("; ");
    throw new Error(`环境变量无效 / invalid environment: ${fields}`);
  }
  return parsed.data;
}

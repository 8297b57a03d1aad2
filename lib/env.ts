import { z } from "zod";

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

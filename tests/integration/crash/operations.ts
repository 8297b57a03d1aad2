import type { CrashOperation } from "./operations/shared";

export type { CrashOperation } from "./operations/shared";

/**
 * What the crash tests kill the app in the middle of, one line each (issue 6). Loaded lazily so
 * that a worker process only loads the modules of its own operation (startup is what a kill
 * test spends its time on). Staff console and institution operations join with one line.
 */
export const CRASH_OPERATIONS = {
  submit: () => import("./operations/submit"),
  replacePhoto: () => import("./operations/replace-photo"),
  pay: () => import("./operations/pay"),
  confirm: () => import("./operations/confirm"),
  roster: () => import("./operations/roster"),
} satisfies Record<string, () => Promise<{ default: CrashOperation }>>;

export type CrashOperationName = keyof typeof CRASH_OPERATIONS;

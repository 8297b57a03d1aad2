import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { RunAs } from "./embedded-binaries";

/** The superuser of the embedded server and the file in its data folder that holds its password. */
export const USER = "postgres";
export const PASSWORD_FILE = "portal-password";
export const debug = process.env.PORTAL_DEBUG_DB === "1";

// initdb into a sibling temp folder, then rename: an interrupted initialisation never leaves
// a half-made data folder behind that we would take for a real one.
export async function initialise(dataDir: string, initdb: string, runAs: RunAs | undefined): Promise<void> {
  if (fs.existsSync(dataDir) && (await fsp.readdir(dataDir)).length > 0) {
    throw new Error(
      `${dataDir} 不是 PostgreSQL 数据目录，也不是空目录；请检查后删除它。\n` +
        `${dataDir} exists but is not a PostgreSQL data folder; check it and delete it.`,
    );
  }
  await fsp.rm(dataDir, { recursive: true, force: true });
  const tempDir = `${dataDir}.init-tmp`;
  await fsp.rm(tempDir, { recursive: true, force: true });
  await fsp.mkdir(tempDir, { mode: 0o700 });
  const password = randomBytes(18).toString("hex");
  const pwFile = path.join(os.tmpdir(), `portal-pg-${process.pid}-${randomBytes(4).toString("hex")}`);
  await fsp.writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      await fsp.chown(tempDir, runAs.uid, runAs.gid);
      await fsp.chown(pwFile, runAs.uid, runAs.gid);
    }
    const args = [
      `--pgdata=${tempDir}`,
      `--username=${USER}`,
      `--pwfile=${pwFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      // C collation: byte order, identical on every OS (no dependency on installed locales).
      "--locale=C",
      "--no-instructions",
    ];
    const output = await run(initdb, args, runAs);
    if (output.code !== 0) {
      throw new Error(
        `initdb failed (exit ${output.code}); is ${path.dirname(dataDir)} readable by the server user?\n${output.text}`,
      );
    }
  } finally {
    await fsp.rm(pwFile, { force: true });
  }
  await fsp.writeFile(path.join(tempDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  await fsp.rename(tempDir, dataDir);
}

function run(command: string, args: string[], runAs: RunAs | undefined): Promise<{ code: number; text: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { ...runAs, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_MESSAGES: "C" } });
    let text = "";
    const collect = (chunk: Buffer): void => {
      text += chunk.toString("utf8");
      if (debug) process.stderr.write(chunk);
    };
    proc.stdout?.on("data", collect);
    proc.stderr?.on("data", collect);
    proc.on("error", reject);
    proc.on("close", (code) => resolve({ code: code ?? 1, text }));
  });
}

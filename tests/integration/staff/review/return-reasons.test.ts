import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  composeReturnReasons,
  listActiveReturnReasons,
  listReturnReasons,
  saveReturnReason,
} from "@/lib/server/admin/manage-return-reasons";
import { returnApplication } from "@/lib/server/review/return-application";
import type { Actor } from "@/lib/server/auth/session";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { applicationState, freshBatch, submittedApplication } from "./factories";

const TODAY = "2025-05-14"; // batch 5's review window (三)
const AT = new Date("2025-05-14T02:00:00Z");

let admin: Actor;
let reviewer: Actor;

beforeAll(async () => {
  await ensureCatalog();
  admin = await createStaff(["ADMIN"]);
  reviewer = await createStaff(["REVIEWER"]);
});

describe("退回修改 ready-made reasons the administrator keeps (issue 16 item 10, ADR 112)", () => {
  it("the administrator adds, edits and deactivates; each change audited; reviewers see the active ones", async () => {
    const made = await saveReturnReason(admin, null, {
      field: "PHOTO",
      textZh: "照片背景不是白色（测试理由甲）",
      textEn: "The photo background is not white (test A)",
      order: 5,
      active: true,
    });
    expect((await listActiveReturnReasons(reviewer)).map((r) => r.id)).toContain(made.id);
    await saveReturnReason(admin, made.id, { ...made, textZh: "照片背景须为白色（测试理由甲）", active: false });
    expect((await listActiveReturnReasons(reviewer)).map((r) => r.id)).not.toContain(made.id);
    expect((await listReturnReasons(admin)).find((r) => r.id === made.id)).toMatchObject({
      active: false,
      textZh: "照片背景须为白色（测试理由甲）",
    });
    const audit = await db.auditLog.findMany({
      where: { entity: "ReturnReason", entityId: made.id },
      orderBy: { at: "asc" },
      select: { action: true, actorId: true, before: true, after: true },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["admin.returnReason.create", admin.id],
      ["admin.returnReason.update", admin.id],
    ]);
    expect(audit[1]!.before).toMatchObject({ active: true });
    expect(audit[1]!.after).toMatchObject({ active: false });
    // The migration's starting list is there.
    expect((await listActiveReturnReasons(reviewer)).some((r) => r.field === "general")).toBe(true);
  });

  it("only the administrator edits the list; only reviewers read it; bad input refused", async () => {
    const input = { field: "general" as const, textZh: "测试理由乙", textEn: "test B", order: 0, active: true };
    await expect(saveReturnReason(reviewer, null, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listReturnReasons(reviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listActiveReturnReasons(await createStaff(["FINANCE"]))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveReturnReason(admin, crypto.randomUUID(), input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveReturnReason(admin, null, { ...input, textZh: "x" })).rejects.toThrow();
  });

  it("a return with a ticked reason and free text stores both for the candidate; a deactivated or foreign reason is refused", async () => {
    const photo = await saveReturnReason(admin, null, {
      field: "PHOTO",
      textZh: "照片须为近期免冠正面照（测试理由丙）",
      textEn: "Recent front-facing photo (test C)",
      order: 1,
      active: true,
    });
    const old = await saveReturnReason(admin, null, {
      field: "school",
      textZh: "学校名称请写全称（测试理由丁）",
      textEn: "Full school name (test D)",
      order: 1,
      active: false,
    });
    const reasons = await composeReturnReasons(reviewer, { PHOTO: [photo.id] }, { PHOTO: "耳朵被头发遮住", general: "  " });
    expect(reasons).toEqual({ PHOTO: "照片须为近期免冠正面照（测试理由丙）；耳朵被头发遮住" });
    await expect(composeReturnReasons(reviewer, { school: [old.id] }, {})).rejects.toMatchObject({
      message: "staffWork.reasons.errors.gone",
    });
    await expect(composeReturnReasons(reviewer, { school: [photo.id] }, {})).rejects.toMatchObject({
      message: "staffWork.reasons.errors.gone",
    });
    await expect(composeReturnReasons(admin, { PHOTO: [photo.id] }, {})).rejects.toMatchObject({ code: "FORBIDDEN" });

    const app = await submittedApplication({ batchId: (await freshBatch()).id });
    await returnApplication(reviewer, app.id, app.version, reasons, TODAY, AT);
    const state = await applicationState(app.id);
    expect(state.status).toBe("RETURNED");
    expect(state.returnReasons).toEqual({ PHOTO: "照片须为近期免冠正面照（测试理由丙）；耳朵被头发遮住" });
  });
});

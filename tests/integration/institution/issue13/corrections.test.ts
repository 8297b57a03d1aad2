import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { candidateFilterSchema } from "@/lib/schemas/institution-filter-schema";
import { listInstitutionCandidates } from "@/lib/server/institution/candidates/list-candidates";
import {
  correctCandidateIdentity,
  loadCandidateIdentity,
  revealIdNumber,
  withdrawApplication,
} from "@/lib/server/institution/candidates/correct-candidate";
import { ensureCatalog } from "../../support/seed";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { rosterTemplate } from "@/lib/server/institution/roster/roster-downloads";
import { batchId } from "../../support/factories";
import { fillTemplate, goodRow } from "../support/roster";
import { registerThroughRoster } from "../support/people";
import { ownInstitution } from "./support";

// Batch 5 of 2025 (三): registration 5/6–5/13, review until 5/23.
const TODAY = "2025-05-08";
const filter = (q: Record<string, string>) => candidateFilterSchema.parse(q);

beforeAll(ensureCatalog);

describe("issue 13 item 3: correctable rosters", () => {
  it("finds a candidate by full ID number (any case of X) or by full name, over encrypted columns", async () => {
    const actor = await ownInstitution("查找", [3]);
    const people = await registerThroughRoster(actor, ["查找甲", "查找乙", "查找丙"]);
    const batch = await batchId(5);
    const byId = await listInstitutionCandidates(actor, filter({ batch, q: people[1]!.idNumber.toLowerCase() }), TODAY);
    expect(byId.rows.map((r) => r.name)).toEqual(["查找乙"]);
    const byName = await listInstitutionCandidates(actor, filter({ batch, q: " 查找丙 " }), TODAY);
    expect(byName.rows.map((r) => r.id)).toEqual([people[2]!.applicationId]);
    expect((await listInstitutionCandidates(actor, filter({ batch, q: people[0]!.idNumber.slice(0, 10) }), TODAY)).total).toBe(0);
    // Another institution's search never finds them.
    const stranger = await ownInstitution("旁人", [3]);
    expect((await listInstitutionCandidates(stranger, filter({ q: people[1]!.idNumber }), TODAY)).total).toBe(0);
  });

  it("corrects the name and mobile of its own row, not those of a person with an account of their own", async () => {
    const actor = await ownInstitution("更正", [3]);
    const [person] = await registerThroughRoster(actor, ["更正错"]);
    await db.application.update({ where: { id: person!.applicationId }, data: { status: "DRAFT" } });
    expect(await loadCandidateIdentity(actor, person!.applicationId)).toMatchObject({ name: "更正错", correctable: true });
    await correctCandidateIdentity(actor, person!.applicationId, { name: "更正对", mobile: "13800001313" }, TODAY);
    const stored = await db.candidate.findFirstOrThrow({ where: { idNumber: person!.idNumber } });
    expect(stored).toMatchObject({ name: "更正对", mobile: "13800001313" });
    // The name hash follows (the ticket lookup and the search match on it).
    const found = await listInstitutionCandidates(actor, filter({ q: "更正对" }), TODAY);
    expect(found.rows.map((r) => r.id)).toEqual([person!.applicationId]);
    expect(
      await db.applicationEvent.count({ where: { applicationId: person!.applicationId, note: { contains: "更正考生姓名" } } }),
    ).toBe(1);

    // A person with an account of their own corrects it themselves.
    const user = await db.user.create({
      data: { kind: "CANDIDATE", login: `c-${crypto.randomUUID()}`, displayName: "更正对", passwordHash: "x" },
      select: { id: true },
    });
    await db.candidate.update({ where: { id: stored.id }, data: { userId: user.id } });
    await expect(
      correctCandidateIdentity(actor, person!.applicationId, { name: "又改名", mobile: "13800001313" }, TODAY),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "institutionBatch.errors.sharedPerson" });
    // Outside the editable states or window the rule table refuses.
    await db.candidate.update({ where: { id: stored.id }, data: { userId: null } });
    await db.application.update({ where: { id: person!.applicationId }, data: { status: "APPROVED" } });
    await expect(
      correctCandidateIdentity(actor, person!.applicationId, { name: "又改名", mobile: "13800001313" }, TODAY),
    ).rejects.toMatchObject({ message: "windowRules.lockedApproved" });
  });

  it("withdraws a row before review, so a wrong ID number can be added again right; not after review", async () => {
    const actor = await ownInstitution("撤回", [3]);
    const [wrong, reviewed] = await registerThroughRoster(actor, ["撤回错号", "撤回已审"]);
    await db.application.update({ where: { id: reviewed!.applicationId }, data: { status: "RETURNED", decidedAt: new Date() } });
    await withdrawApplication(actor, wrong!.applicationId, TODAY);
    expect(await db.application.count({ where: { id: wrong!.applicationId } })).toBe(0);
    expect(await db.candidate.count({ where: { idNumber: wrong!.idNumber } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { action: "application.withdraw", entityId: wrong!.applicationId, actorId: actor.id } }),
    ).toBe(1);
    // The person's row went with it: the same ID number can come back under the name it should have had.
    const template = (await rosterTemplate(actor)).bytes;
    const back = await previewRoster(
      actor,
      {
        batchId: await batchId(5),
        bytes: await fillTemplate(template, [goodRow(wrong!.idNumber, "撤回改名")]),
        fileName: "r.xlsx",
      },
      TODAY,
    );
    expect(back).toMatchObject({ valid: 1, invalid: 0 });
    const [again] = await registerThroughRoster(actor, ["撤回再报"]);
    // A submitted application nobody has decided yet can be withdrawn too.
    const [waiting] = await registerThroughRoster(actor, ["撤回待审"]);
    await db.application.update({ where: { id: waiting!.applicationId }, data: { status: "SUBMITTED" } });
    await withdrawApplication(actor, waiting!.applicationId, TODAY);
    expect(await db.application.count({ where: { id: waiting!.applicationId } })).toBe(0);
    await expect(withdrawApplication(actor, reviewed!.applicationId, TODAY)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "institutionBatch.errors.notWithdrawable",
    });
    // After registration closes, nothing is withdrawn.
    await expect(withdrawApplication(actor, again!.applicationId, "2025-05-20")).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
    });
    // Someone else's application is not found.
    const stranger = await ownInstitution("旁人", [3]);
    await expect(withdrawApplication(stranger, again!.applicationId, TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows its own candidate's full ID number on request, each request audited; never another institution's", async () => {
    const actor = await ownInstitution("查看", [3]);
    const [person] = await registerThroughRoster(actor, ["查看号码"]);
    const list = await listInstitutionCandidates(actor, filter({ q: "查看号码" }), TODAY);
    expect(list.rows[0]!.maskedIdNumber).not.toBe(person!.idNumber);
    expect(await revealIdNumber(actor, person!.applicationId)).toEqual({ idNumber: person!.idNumber });
    const audit = await db.auditLog.findMany({
      where: { action: "institution.reveal-id-number", entityId: person!.applicationId, actorId: actor.id },
    });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(person!.idNumber);
    const stranger = await ownInstitution("旁人", [3]);
    await expect(revealIdNumber(stranger, person!.applicationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

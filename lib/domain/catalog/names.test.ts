import { describe, expect, it } from "vitest";
import { PROJECTS } from "./projects";
import { conditionText, evidenceText, projectName } from "./names";

const HAN = /\p{Script=Han}/u;

describe("the catalog in the reader's language (issue 16 item 7)", () => {
  it("gives every project, condition and evidence text of 附件1 in English, without Chinese", () => {
    for (const project of PROJECTS) {
      expect(projectName(project.name, "en")).toBe(project.nameEn);
      expect(projectName(project.name, "en")).not.toMatch(HAN);
      for (const condition of project.conditions) {
        expect(conditionText(condition.text, "en")).toBe(condition.textEn);
        expect(conditionText(condition.text, "en")).not.toMatch(HAN);
        if (condition.evidence) expect(evidenceText(condition.evidence, "en")).not.toMatch(HAN);
      }
    }
  });

  it("keeps the Chinese on Chinese pages and a name it does not know as written", () => {
    expect(projectName("大数据采集", "zh-CN")).toBe("大数据采集");
    expect(projectName("大数据采集", "en")).toBe("Big Data Collection");
    expect(projectName("未知项目", "en")).toBe("未知项目");
  });

  it("never gives one Chinese condition text two English ones (shared drafts stay one text)", () => {
    const seen = new Map<string, string>();
    for (const c of PROJECTS.flatMap((p) => p.conditions)) {
      expect(seen.get(c.text) ?? c.textEn).toBe(c.textEn);
      seen.set(c.text, c.textEn);
    }
  });
});

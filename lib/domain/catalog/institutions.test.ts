import { describe, expect, it } from "vitest";
import { INSTITUTIONS, INSTITUTION_ROWS } from "./institutions";
import { PROJECTS, projectByName } from "./projects";

const ALL_SEQS = Array.from({ length: 21 }, (_, i) => i + 1);

/** 附件2 项目 column, mapped by hand to 附件1 seqs, in the notice's row order. */
const EXPECTED: [name: string, seqs: number[]][] = [
  ["四川省职业技能鉴定指导中心", ALL_SEQS],
  ["四川省大数据产业联合会", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
  ["四川省科教兴川促进会", [2, 5, 11, 14]],
  ["四川创联国培教育咨询有限公司", [12, 13]],
  ["成都理工大学", [11, 15]],
  ["四川联合环境交易所", [17, 18, 21]],
  ["四川西部人力资源开发中心", [19]],
  ["四川搏锦程职业培训学校", [19]],
  ["四川西南心理咨询师培训中心", [19]],
  ["四川省健康管理师协会", [19]],
  ["四川省性学会", [20]],
  ["川大科技园职业技能培训学院", [19]],
  ["四川华西健康科技有限公司", [19, 20]],
  ["四川省人力资源服务行业协会", [19]],
  ["四川汉咨数字科技有限公司", [12, 19]],
];

function byName(name: string) {
  return INSTITUTIONS.find((i) => i.name === name);
}

describe("附件2 省直统一考核报名机构", () => {
  it("has the 15 institutions in the notice's order", () => {
    expect(INSTITUTIONS.map((i) => i.name)).toEqual(EXPECTED.map(([name]) => name));
  });

  it.each(EXPECTED)("%s is authorized for projects %j", (name, seqs) => {
    expect(byName(name)?.projects).toEqual(seqs);
  });

  it("maps every project name in the notice's table to an existing 附件1 project", () => {
    for (const row of INSTITUTION_ROWS) {
      for (const n of row.projectNames) expect(projectByName(n), `${row.name}: ${n}`).toBeDefined();
      expect(new Set(row.projectNames).size, row.name).toBe(row.projectNames.length);
    }
  });

  it("derives each institution's seqs from its names, ascending", () => {
    INSTITUTION_ROWS.forEach((row, i) => {
      const seqs = row.projectNames.map((n) => projectByName(n)!.seq).sort((a, b) => a - b);
      expect(INSTITUTIONS[i]?.projects).toEqual(seqs);
    });
  });

  it("the center itself takes all 21 projects, listed by name as in 一", () => {
    expect(new Set(INSTITUTION_ROWS[0]?.projectNames)).toEqual(new Set(PROJECTS.map((p) => p.name)));
  });

  it("四川联合环境交易所 lists 碳排放交易、碳资产管理、碳排放核算 = 17, 18, 21", () => {
    const row = INSTITUTION_ROWS.find((r) => r.name === "四川联合环境交易所");
    expect(row?.projectNames).toEqual(["碳排放交易", "碳资产管理", "碳排放核算"]);
    expect(byName("四川联合环境交易所")?.projects).toEqual([17, 18, 21]);
  });

  it("offers every project through at least one institution besides the center", () => {
    const covered = new Set(INSTITUTIONS.slice(1).flatMap((i) => i.projects));
    // 旅行线路定制 (16) appears only in the center's own row of 附件2.
    expect(ALL_SEQS.filter((s) => !covered.has(s))).toEqual([16]);
  });

  it("has an address and at least one named contact with a phone for every institution", () => {
    for (const inst of INSTITUTIONS) {
      expect(inst.address.length, inst.name).toBeGreaterThan(0);
      expect(inst.address, inst.name).not.toMatch(/\n/);
      expect(inst.contacts.length, inst.name).toBeGreaterThan(0);
      for (const c of inst.contacts) {
        expect(c.name).toMatch(/^\p{Script=Han}{2,4}$/u);
        // Mobile numbers or 028 landlines, several joined by " / ".
        expect(c.phone).toMatch(/^(1\d{10}|028-\d{8})( \/ (1\d{10}|028-\d{8}))*$/);
      }
    }
  });

  it("spot checks of contacts and addresses", () => {
    expect(byName("四川省职业技能鉴定指导中心")).toMatchObject({
      address: "成都市东二巷18号5楼509室",
      contacts: [
        { name: "罗曼奕", phone: "028-86156861" },
        { name: "李娜", phone: "028-86156861" },
      ],
    });
    expect(byName("成都理工大学")?.contacts).toEqual([{ name: "肖忠海", phone: "028-84074828 / 18980057211" }]);
    expect(byName("四川西南心理咨询师培训中心")?.contacts.map((c) => c.name)).toEqual(["杨梦伊", "吴双"]);
    expect(byName("四川汉咨数字科技有限公司")?.contacts).toEqual([
      { name: "汪林峰", phone: "13980792387" },
      { name: "程学义", phone: "13801013365" },
    ]);
    expect(byName("四川联合环境交易所")?.address).toBe("成都市高新区锦云西二巷2号成都交易所大厦9楼");
    expect(byName("四川省大数据产业联合会")?.contacts).toEqual([{ name: "王艳", phone: "17345047950" }]);
  });
});

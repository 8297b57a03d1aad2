import type { ConditionDef, ProjectDef } from "../types";
import {
  type ConditionDraft,
  JUNIOR_COLLEGE_WITH_GRADUATES,
  JUNIOR_COLLEGE_WITH_SKILLS,
  MENTAL_HEALTH_MAJOR,
  UPPER_SECONDARY_PLAIN,
  UPPER_SECONDARY_WITH_GRADUATES,
  occupation,
  skill,
  upperSecondary,
} from "./conditions";

/** `P19-C2`: the API and the database key conditions by this, so the format must not change. */
export function conditionCode(seq: number, position: number): string {
  return `P${String(seq).padStart(2, "0")}-C${position}`;
}

function project(seq: number, name: string, nameEn: string, drafts: ConditionDraft[]): ProjectDef {
  const conditions: ConditionDef[] = drafts.map((draft, i) => ({
    code: conditionCode(seq, i + 1),
    // Drafts are shared between projects; cloning keeps one project's data from aliasing another's.
    ...structuredClone(draft),
  }));
  return { seq, name, nameEn, conditions };
}

/** 附件1, in its order. Note section 一 lists 碳资产管理 before 碳排放交易; 附件1's numbering wins. */
export const PROJECTS: readonly ProjectDef[] = [
  project(1, "大数据运行平台搭建", "Big Data Platform Deployment and Operation", [UPPER_SECONDARY_WITH_GRADUATES]),
  project(2, "商业数据分析", "Business Data Analysis", [UPPER_SECONDARY_WITH_GRADUATES]),
  project(3, "大数据采集", "Big Data Collection", [UPPER_SECONDARY_WITH_GRADUATES]),
  project(4, "大数据清洗", "Big Data Cleansing", [UPPER_SECONDARY_WITH_GRADUATES]),
  project(5, "大数据分析", "Big Data Analysis", [UPPER_SECONDARY_WITH_GRADUATES]),
  project(6, "大数据应用开发", "Big Data Application Development", [JUNIOR_COLLEGE_WITH_GRADUATES]),
  project(7, "分布式数据库管理", "Distributed Database Management", [JUNIOR_COLLEGE_WITH_GRADUATES]),
  project(8, "人工智能图像识别", "AI Image Recognition", [JUNIOR_COLLEGE_WITH_GRADUATES]),
  project(9, "人工智能文本分析", "AI Text Analysis", [JUNIOR_COLLEGE_WITH_GRADUATES]),
  project(10, "人工智能语音识别", "AI Speech Recognition", [JUNIOR_COLLEGE_WITH_GRADUATES]),
  project(11, "私域流量运营", "Private Domain Traffic Operation", [
    upperSecondary("具备高中（同等学力）及以上学历", "High school education (or equivalent) or above"),
    skill(
      "具有市场营销、品牌管理、企业管理、销售、新媒体、电子商务等相关专业技能",
      "Professional skills in marketing, brand management, business management, sales, new media, e-commerce or a related field",
      ["市场营销", "品牌管理", "企业管理", "销售", "新媒体", "电子商务"],
    ),
  ]),
  project(12, "在线学习运营", "Online Learning Operation", [JUNIOR_COLLEGE_WITH_SKILLS]),
  project(13, "在线学习指导", "Online Learning Guidance", [JUNIOR_COLLEGE_WITH_SKILLS]),
  project(14, "工程建设领域劳资管理", "Labor and Wage Management in Construction Projects", [
    upperSecondary(
      "具有高中（同等学力）及以上学历，熟悉计算机基本操作",
      "High school education (or equivalent) or above; familiar with basic computer operation",
    ),
  ]),
  project(15, "碳会计处理", "Carbon Financial Accounting", [
    // 中专 is an upper-secondary qualification, so this is the same threshold as high school.
    upperSecondary("具备中专（同等学力）及以上学历", "Secondary vocational school education (or equivalent) or above"),
    skill("具有一定会计相关专业技能", "Some professional accounting skills", ["会计"]),
  ]),
  project(16, "旅行线路定制", "Custom Travel Itinerary Design", [
    skill("具有旅行线路定制相应技能", "The relevant skills in designing custom travel itineraries", ["旅行线路定制"]),
  ]),
  project(17, "碳排放交易", "Carbon Emissions Trading", [UPPER_SECONDARY_PLAIN]),
  project(18, "碳资产管理", "Carbon Asset Management", [UPPER_SECONDARY_PLAIN]),
  project(19, "心理健康指导", "Mental Health Guidance", [
    MENTAL_HEALTH_MAJOR,
    occupation(
      ["心理咨询师", "社会工作者", "教学人员", "医师", "护士", "养老护理员", "健康管理师"],
      "Working in a related occupation: psychological counselor, social worker, teacher, physician, nurse, elderly-care worker or health manager",
    ),
  ]),
  project(20, "儿童青少年生殖健康教育咨询服务", "Reproductive Health Education and Counseling for Children and Adolescents", [
    upperSecondary("具备高中（或同等学力）及以上文化程度", "High school education (or equivalent) or above"),
    occupation(
      ["生殖健康咨询师", "心理咨询师", "社会工作者", "教学人员（辅导员）", "医生", "护士", "育婴师", "保育员", "健康管理师"],
      "Working in a related occupation: reproductive health counselor, psychological counselor, social worker, teacher (student counselor), doctor, nurse, infant-care worker, nursery worker or health manager",
    ),
  ]),
  project(21, "碳排放核算", "Carbon Emissions Accounting", [UPPER_SECONDARY_PLAIN]),
];

export function projectBySeq(seq: number): ProjectDef | undefined {
  return PROJECTS.find((p) => p.seq === seq);
}

/** Exact-name lookup; 附件2 and section 一 name projects rather than number them. */
export function projectByName(name: string): ProjectDef | undefined {
  return PROJECTS.find((p) => p.name === name);
}

export function conditionByCode(code: string): ConditionDef | undefined {
  for (const p of PROJECTS) {
    const found = p.conditions.find((c) => c.code === code);
    if (found) return found;
  }
  return undefined;
}

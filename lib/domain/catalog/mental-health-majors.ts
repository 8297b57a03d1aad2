import type { MajorCategory } from "../types";

/**
 * Related majors of 附件1 item 19 (心理健康指导), condition 1, in the notice's order.
 * Names are kept exactly as printed, including the postgraduate "公共卫生与预防医学" without
 * "类", so staff can match them against the notice word for word.
 */
export const MENTAL_HEALTH_MAJORS: readonly MajorCategory[] = [
  // 专科: the notice names vocational 专业大类 without codes.
  { level: "JUNIOR_COLLEGE", name: "医药卫生类", code: null },
  { level: "JUNIOR_COLLEGE", name: "教育与体育类", code: null },
  { level: "JUNIOR_COLLEGE", name: "公共管理与服务类", code: null },
  // 本科: 专业类 names, again without codes in the notice.
  { level: "BACHELOR", name: "心理学类", code: null },
  { level: "BACHELOR", name: "教育学类", code: null },
  { level: "BACHELOR", name: "社会学类", code: null },
  { level: "BACHELOR", name: "基础医学类", code: null },
  { level: "BACHELOR", name: "临床医学类", code: null },
  { level: "BACHELOR", name: "口腔医学类", code: null },
  { level: "BACHELOR", name: "公共卫生与预防医学类", code: null },
  { level: "BACHELOR", name: "中医学类", code: null },
  { level: "BACHELOR", name: "中西医结合类", code: null },
  { level: "BACHELOR", name: "护理学类", code: null },
  // 研究生: first-level discipline codes as printed.
  { level: "POSTGRADUATE", name: "社会学类", code: "0303" },
  { level: "POSTGRADUATE", name: "教育学类", code: "0401" },
  { level: "POSTGRADUATE", name: "心理学类", code: "0402" },
  { level: "POSTGRADUATE", name: "基础医学类", code: "1001" },
  { level: "POSTGRADUATE", name: "临床医学类", code: "1002" },
  { level: "POSTGRADUATE", name: "口腔医学类", code: "1003" },
  { level: "POSTGRADUATE", name: "公共卫生与预防医学", code: "1004" },
  { level: "POSTGRADUATE", name: "中医学类", code: "1005" },
  { level: "POSTGRADUATE", name: "中西医结合类", code: "1006" },
  { level: "POSTGRADUATE", name: "公共管理类", code: "1204" },
];

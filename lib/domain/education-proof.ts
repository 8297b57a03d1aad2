/**
 * The five situations of 四(二)2 "学历或学籍证明": the candidate picks one and the portal says
 * exactly what to upload.
 */
export const EDUCATION_PROOF_CASES = [
  {
    id: 1,
    situation: "高中以上学历（已毕业，可在学信网查询）",
    upload: "学信网在线学籍（学历）证明报告",
    situationEn: "Graduated from high school or above (the degree is on record at CHSI)",
    uploadEn: "The online record report of your education from CHSI",
  },
  {
    id: 2,
    situation: "高中、中职、中专、技校在校就读",
    upload: "学校教务处用校内系统打印并加盖公章的学籍卡",
    situationEn: "Currently at a high school, secondary vocational school or technical school",
    uploadEn: "The student record card printed from the school's system and stamped by its academic affairs office",
  },
  {
    id: 3,
    situation: "已毕业并持有毕业证书（含国外学历）",
    upload: "相应学历证书；非中国学历须提供教育部留学服务中心颁发的《国外学历学位认证书》",
    situationEn: "Graduated and holding the diploma (foreign degrees included)",
    uploadEn:
      "The diploma; a foreign degree needs the certification of foreign degrees by the Chinese Service Center for Scholarly Exchange",
  },
  {
    id: 4,
    situation: "高中（含同等学历）及以上，毕业证书遗失",
    upload: "学历原发证单位开具、加盖学校教务处公章的学历证明",
    situationEn: "High school (or equivalent) or above, diploma lost",
    uploadEn: "A statement of your education from the school that issued it, stamped by its academic affairs office",
  },
  {
    id: 5,
    situation: "小学、初中毕业证书遗失，或未接受九年义务教育无学历",
    upload: "本人签名并加盖手印的情况说明",
    situationEn: "Primary or junior secondary diploma lost, or no schooling completed",
    uploadEn: "A statement of your situation, signed and with your fingerprint",
  },
] as const;

/** A case's situation and upload in the reader's language (issue 16 item 7). */
export function educationProofText(id: number, locale: string): { situation: string; upload: string } | undefined {
  const found = EDUCATION_PROOF_CASES.find((c) => c.id === id);
  if (!found) return undefined;
  return locale === "en"
    ? { situation: found.situationEn, upload: found.uploadEn }
    : { situation: found.situation, upload: found.upload };
}

export type EducationProofCaseId = (typeof EDUCATION_PROOF_CASES)[number]["id"];

export function educationProofCase(id: number) {
  return EDUCATION_PROOF_CASES.find((c) => c.id === id);
}

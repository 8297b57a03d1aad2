import { mentionsAmount } from "./amount";

/**
 * 五(二): a receipt's remark and the proxy-payment note. Money is integer fen throughout.
 */

/** "150" or "150.5" or "150.50" yuan → 15050 fen; null for anything else. */
export function parseYuan(input: string): number | null {
  const match = /^\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(input);
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return fen;
}

/**
 * The notice's template for someone paying on a candidate's behalf:
 * 该笔费用由XXXX（代缴人姓名）代XXX（考生姓名）缴纳XXX考试日期XXX考试项目的费用，金额为XXX元。
 */
export function proxyNoteTemplate(input: {
  payerName: string;
  candidateName: string;
  examDate: string;
  projectName: string;
  amountYuan: string;
}): string {
  return `该笔费用由${input.payerName}代${input.candidateName}缴纳${input.examDate}考试日期${input.projectName}考试项目的费用，金额为${input.amountYuan}元。`;
}

/**
 * A note counts when it names the candidate, the project and the amount, as the template asks;
 * the amount as an amount (150 = 150.00 = 150元 = 壹佰伍拾元, not 1500: lib/domain/amount.ts).
 */
export function proxyNoteIsComplete(
  note: string,
  input: { candidateName: string; projectName: string; amountFen: number },
): boolean {
  return note.includes(input.candidateName) && note.includes(input.projectName) && mentionsAmount(note, input.amountFen);
}

/** Reference code for the transfer remark: short, unambiguous letters and digits (no 0/O, 1/I). */
export function referenceCodeFor(id: string, prefix: "GR" | "JG"): string {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  const hex = id.replace(/-/g, "").slice(0, 10); // 40 bits = 8 base-32 characters
  let value = BigInt(`0x${hex}`);
  let code = "";
  for (let i = 0; i < 8; i += 1) {
    code = alphabet[Number(value % 32n)]! + code;
    value /= 32n;
  }
  return `${prefix}${code}`;
}

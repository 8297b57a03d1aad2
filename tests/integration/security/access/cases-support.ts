import { makePdf, sizeKb } from "@/tests/support/files";
import type { World } from "./world";

/** The access table's types and the helpers its cases (cases-*.ts) are written with. */

export type PersonaName =
  | "nobody"
  | "another candidate"
  | "another institution"
  | "REVIEWER"
  | "FINANCE"
  | "EXAM_OFFICER"
  | "ADMIN"
  | "AUDITOR"
  | "staff without second factor";

export type Call = (w: World) => Promise<unknown>;

export type AccessCase =
  | { public: string }
  | {
      allow: readonly PersonaName[];
      call: Call;
      /** A call that went through but touched nothing of the target (e.g. "0 marked read"). */
      harmless?: (outcome: unknown) => boolean;
      /** The use case's own refusal for someone else's selection, when it is not "not found". */
      refusedAs?: RegExp;
    };

/** Every staff role with its second factor (issue 11: the AUDITOR reads the audit log and changes nothing). */
export const STAFF: readonly PersonaName[] = ["REVIEWER", "FINANCE", "EXAM_OFFICER", "ADMIN", "AUDITOR"];
export const SIGNED_IN: readonly PersonaName[] = [
  "another candidate",
  "another institution",
  ...STAFF,
  "staff without second factor",
];
export const only = (...names: PersonaName[]) => names;

export function form(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const v of value) data.append(key, v);
    else data.set(key, value);
  }
  return data;
}

export const file = (name: string, type = "application/pdf") => new File([new Uint8Array(2048).fill(65)], name, { type });
/** A real PDF: use cases that inspect the file before the owner must get past that check. */
export const pdf = (name: string) => new File([makePdf(sizeKb(220))], name, { type: "application/pdf" });
export const get = (url: string) => new Request(`http://portal.test${url}`);
/** A POST from the portal's own pages (the same Origin, as route handlers that change things require). */
export const post = (url: string) =>
  new Request(`http://portal.test${url}`, { method: "POST", headers: { host: "portal.test", origin: "http://portal.test" } });
export const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/** The imported action and route modules (access.test.ts loads them after its mocks). */
type Modules = Record<string, Record<string, unknown>>;
let m: Modules = {};
export function useModules(modules: Modules): void {
  m = modules;
}
/** The export, called with the arguments its form or page would pass (not type-checked: the table is data). */
export const fn = (file: string, name: string) => {
  const f = m[file]?.[name];
  if (typeof f !== "function") throw new Error(`${file}#${name} not loaded`);
  return f as (...args: unknown[]) => Promise<unknown>;
};

export const APP = "app/[locale]/me/applications/[id]/actions.ts";
export const PAY = "app/[locale]/me/applications/[id]/pay/actions.ts";
export const CAL = "app/[locale]/staff/admin/calendar-actions.ts";
export const ORG = "app/[locale]/staff/admin/org-actions.ts";
export const PAYMENTS = "app/[locale]/staff/payments/actions.ts";
export const PLANS = "app/[locale]/staff/plans/[id]/actions.ts";
export const REFUNDS = "app/[locale]/staff/payments/refunds/actions.ts";
export const SITES = "app/[locale]/staff/plans/sites/actions.ts";
export const RESULTS = "app/[locale]/staff/results/actions.ts";
export const COLLECT = "app/[locale]/staff/results/[planId]/actions.ts";
export const REVIEW = "app/[locale]/staff/review/actions.ts";
export const CANDIDATES = "app/[locale]/institution/candidates/[id]/actions.ts";
export const ROSTER = "app/[locale]/institution/roster/actions.ts";
export const ZIP = "app/[locale]/institution/attachments/actions.ts";
export const INST_PAY = "app/[locale]/institution/payments/actions.ts";

export const personal = {
  education: "BACHELOR",
  graduatingThisYear: "false",
  school: "被改的学校",
  address: "成都市武侯区人民南路三段17号",
  educationProofCase: "1",
};
export const batchForm = {
  year: "2042",
  registrationStart: "2042-03-02",
  registrationEnd: "2042-03-09",
  reviewStart: "2042-03-09",
  reviewEnd: "2042-03-20",
  paymentStart: "2042-03-23",
  paymentEnd: "2042-03-25",
  ticketStart: "2042-04-06",
  ticketEnd: "2042-04-10",
  examDate: "2042-04-11",
};

import "server-only";
import { db } from "@/lib/db";

export interface Payee {
  name: string;
  account: string;
  bank: string;
}

/** 五: the center's payee for transfers (对公转账), configured by the administrator. */
export async function getPayee(): Promise<Payee | null> {
  const row = await db.setting.findUnique({ where: { key: "payee" }, select: { value: true } });
  const value = row?.value as Partial<Payee> | undefined;
  if (!value?.name || !value.account) return null;
  return { name: value.name, account: value.account, bank: value.bank ?? "" };
}

import type { Tx } from "@/lib/db-client";

/**
 * Settings the notice leaves to the center (fees under 川发改价格〔2023〕473号, payee account,
 * exam rooms). Demo values, clearly marked: production starts without them and the
 * administrator enters the real ones.
 */
export const DEMO_FEE_FEN = 15000;

export async function seedDemoSettings(tx: Tx): Promise<{ roomId: string }> {
  await tx.project.updateMany({ where: { feeFen: 0 }, data: { feeFen: DEMO_FEE_FEN } });
  await tx.setting.upsert({
    where: { key: "payee" },
    create: {
      key: "payee",
      value: { name: "四川省职业技能鉴定指导中心（演示）", account: "5105 0000 0000 0000 0001", bank: "演示银行成都东城支行" },
    },
    update: {},
  });
  const site = await tx.examSite.upsert({
    where: { name: "省职鉴中心省直考点" },
    create: { name: "省职鉴中心省直考点", address: "成都市青羊区东二巷18号" },
    update: {},
    select: { id: true },
  });
  const room = await tx.room.upsert({
    where: { siteId_name: { siteId: site.id, name: "第1考场（501机房）" } },
    create: { siteId: site.id, name: "第1考场（501机房）", capacity: 40 },
    update: {},
    select: { id: true },
  });
  return { roomId: room.id };
}

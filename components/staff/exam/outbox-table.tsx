import { getTranslations } from "next-intl/server";
import type { OutboxRowDto } from "@/lib/server/notifications/outbox";
import { OutboxState } from "./outbox-state";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

const time = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

export async function OutboxTable({ rows, maxAttempts }: { rows: OutboxRowDto[]; maxAttempts: number }) {
  const t = await getTranslations("staffExam.outbox");
  if (rows.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full min-w-[40rem] text-sm">
      <THead className="bg-slate-50 text-left">
        <TRow>
          <THeadCell scope="col" className="p-2">
            {t("created")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("to")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("subject")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("state")}
          </THeadCell>
        </TRow>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TRow key={r.id} className="border-t border-slate-100 align-top">
            <TCell className="p-2 whitespace-nowrap tabular-nums">{time(r.createdAt)}</TCell>
            <TCell className="p-2 break-all">{r.to}</TCell>
            <TCell className="p-2">
              <details>
                <summary className="cursor-pointer">{r.subject}</summary>
                <p className="mt-1 whitespace-pre-wrap text-slate-700">{r.body}</p>
              </details>
            </TCell>
            <TCell className="p-2">
              <OutboxState row={r} maxAttempts={maxAttempts} />
            </TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { Headings, TBody, TCell, TRow, Table } from "@/components/ui/table";
import { formatDateTimeSeconds } from "@/lib/i18n/format";
import type { OutboxRowDto } from "@/lib/server/notifications/outbox";
import { OutboxState } from "./outbox-state";

export async function OutboxTable({ rows, maxAttempts }: { rows: OutboxRowDto[]; maxAttempts: number }) {
  const [t, locale] = await Promise.all([getTranslations("staffExam.outbox"), getLocale()]);
  const time = (iso: string) => formatDateTimeSeconds(iso, locale);
  if (rows.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="min-w-[40rem]">
      <Headings className="bg-slate-50" headings={[t("created"), t("to"), t("subject"), t("state")]} />
      <TBody>
        {rows.map((r) => (
          <TRow key={r.id} className="border-t border-slate-100 align-top">
            <TCell className="whitespace-nowrap tabular-nums">{time(r.createdAt)}</TCell>
            <TCell className="break-all">{r.to}</TCell>
            <TCell>
              <details lang="zh-CN">
                <summary className="cursor-pointer">{r.subject}</summary>
                <p className="mt-1 whitespace-pre-wrap text-slate-700">{r.body}</p>
              </details>
            </TCell>
            <TCell>
              <OutboxState row={r} maxAttempts={maxAttempts} />
            </TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTimeSeconds } from "@/lib/i18n/format";
import type { OutboxRowDto } from "@/lib/server/notifications/outbox";
import { OutboxState } from "./outbox-state";

export async function OutboxTable({ rows, maxAttempts }: { rows: OutboxRowDto[]; maxAttempts: number }) {
  const [t, locale] = await Promise.all([getTranslations("staffExam.outbox"), getLocale()]);
  const time = (iso: string) => formatDateTimeSeconds(iso, locale);
  if (rows.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-sm">
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="p-2">
              {t("created")}
            </th>
            <th scope="col" className="p-2">
              {t("to")}
            </th>
            <th scope="col" className="p-2">
              {t("subject")}
            </th>
            <th scope="col" className="p-2">
              {t("state")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="p-2 whitespace-nowrap tabular-nums">{time(r.createdAt)}</td>
              <td className="p-2 break-all">{r.to}</td>
              <td className="p-2">
                <details lang="zh-CN">
                  <summary className="cursor-pointer">{r.subject}</summary>
                  <p className="mt-1 whitespace-pre-wrap text-slate-700">{r.body}</p>
                </details>
              </td>
              <td className="p-2">
                <OutboxState row={r} maxAttempts={maxAttempts} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

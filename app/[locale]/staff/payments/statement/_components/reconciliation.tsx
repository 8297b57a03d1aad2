import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatYuan } from "@/lib/format";
import type { ReconciliationDto } from "@/lib/server/payments/bank-statement-matches";
import { AcceptMatchesForm } from "./accept-matches-form";
import { DismissLineForm, LINK_FORM_ID, LinkLinesForm } from "./statement-line-forms";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

const cell = "p-2 align-top";

/** 五: suggested matches (ticked by default), then what is left on either side. */
export async function Reconciliation({ data }: { data: ReconciliationDto }) {
  const [t, tc] = await Promise.all([getTranslations("staffPayments.statement"), getTranslations("reconciliation")]);
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="matches" className="flex flex-col gap-2">
        <h2 id="matches" className="text-xl font-semibold">
          {t("matches")}
        </h2>
        {/* Always rendered: after accepting, the refreshed page keeps the form's result message. */}
        <AcceptMatchesForm disabled={data.matches.length === 0}>
          {data.matches.length === 0 ? (
            <p role="status">{t("matchesEmpty")}</p>
          ) : (
            <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full text-left text-sm">
              <THead className="bg-slate-100">
                <TRow>
                  <THeadCell scope="col" className={cell}>
                    <span className="sr-only">✓</span>
                  </THeadCell>
                  <THeadCell scope="col" className={cell}>
                    {t("line")}
                  </THeadCell>
                  <THeadCell scope="col" className={cell}>
                    {t("payment")}
                  </THeadCell>
                </TRow>
              </THead>
              <TBody>
                {data.matches.map((m) => (
                  <TRow key={m.line.id} className="border-t border-slate-200">
                    <TCell className={cell}>
                      <input
                        type="checkbox"
                        name="pair"
                        value={`${m.line.id}:${m.payment.id}`}
                        defaultChecked
                        aria-label={`${m.line.payerName} ${formatYuan(m.line.amountFen)} → ${m.payment.referenceCode}`}
                        className="size-5"
                      />
                    </TCell>
                    <TCell className={cell}>
                      {m.line.date} · {m.line.payerName} · <span className="font-mono">{formatYuan(m.line.amountFen)}</span>
                      <span className="block text-xs text-slate-600">{m.line.remark}</span>
                    </TCell>
                    <TCell className={cell}>
                      <Link
                        href={`/staff/payments/${m.payment.id}`}
                        className="font-mono text-brand-700 underline underline-offset-4"
                      >
                        {m.payment.referenceCode}
                      </Link>{" "}
                      · {m.payment.payerName} · <span className="font-mono">{formatYuan(m.payment.expectedAmountFen)}</span>
                      <span className="block text-xs text-slate-600">{t(`basis.${m.basis}`)}</span>
                    </TCell>
                  </TRow>
                ))}
              </TBody>
            </Table>
          )}
        </AcceptMatchesForm>
      </section>
      <section aria-labelledby="unmatched-lines">
        <h2 id="unmatched-lines" className="text-xl font-semibold">
          {t("unmatchedLines")}
        </h2>
        {data.unmatchedLines.length === 0 ? (
          <p role="status">{t("unmatchedLinesEmpty")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {data.unmatchedLines.map((u) => (
              <li key={u.line.id} className="flex gap-2 rounded border border-slate-200 bg-white p-2">
                <input
                  type="checkbox"
                  name="line"
                  value={u.line.id}
                  form={LINK_FORM_ID}
                  aria-label={`${tc("select")}: ${u.line.date} ${u.line.payerName} ${formatYuan(u.line.amountFen)}`}
                  className="mt-1 size-5"
                />
                <div className="flex-1">
                  {u.line.date} · {u.line.payerName} · <span className="font-mono">{formatYuan(u.line.amountFen)}</span> ·{" "}
                  {u.line.remark}
                  <span className="block text-xs text-amber-900">
                    {u.reason === "sum-of-lines"
                      ? tc("sumOfLines", { codes: u.referenceCodes.join("、") })
                      : t(`reason.${u.reason}`, { codes: u.referenceCodes.join("、") })}
                  </span>
                  <DismissLineForm lineId={u.line.id} />
                </div>
              </li>
            ))}
          </ul>
        )}
        {/* Always rendered: after linking, the refreshed page keeps the form's result message. */}
        <div className="mt-3">
          <LinkLinesForm defaultCode={data.unmatchedLines.find((u) => u.reason === "sum-of-lines")?.referenceCodes[0]} />
        </div>
      </section>
      <section aria-labelledby="unmatched-payments">
        <h2 id="unmatched-payments" className="text-xl font-semibold">
          {t("unmatchedPayments")}
        </h2>
        {data.unmatchedPayments.length === 0 ? (
          <p role="status">{t("unmatchedPaymentsEmpty")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {data.unmatchedPayments.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 bg-white p-2">
                <Link href={`/staff/payments/${p.id}`} className="font-mono text-brand-700 underline underline-offset-4">
                  {p.referenceCode}
                </Link>{" "}
                · {p.payerName} · <span className="font-mono">{formatYuan(p.expectedAmountFen)}</span> · {p.transferDate}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

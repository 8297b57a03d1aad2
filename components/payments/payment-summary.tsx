import { getLocale, getTranslations } from "next-intl/server";
import { Typed } from "@/components/i18n/quoted";
import { Card } from "@/components/ui/card";
import type { PaymentInfoDto } from "@/lib/server/payments/get-payment-info";
import { projectName } from "@/lib/domain/catalog/names";
import { formatMoney } from "@/lib/i18n/format";

/** 五: fee, the center's payee, and the code to write in the transfer's remark. */
export async function PaymentSummary({ info }: { info: PaymentInfoDto }) {
  const locale = await getLocale();
  const t = await getTranslations("payment");
  return (
    <Card aria-label={t("summary")}>
      <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2">
        <dt className="text-slate-600">{t("project")}</dt>
        <dd>{projectName(info.projectName, locale)}</dd>
        <dt className="text-slate-600">{t("fee")}</dt>
        <dd className="font-semibold">{info.feeFen > 0 ? formatMoney(info.feeFen, locale) : "—"}</dd>
        <dt className="text-slate-600">{t("payeeName")}</dt>
        {/* The account's name and bank as the bank holds them (typed so in a transfer): marked when Chinese. */}
        <dd>
          <Typed text={info.payee?.name ?? "—"} />
        </dd>
        <dt className="text-slate-600">{t("payeeAccount")}</dt>
        <dd className="font-mono">{info.payee?.account ?? "—"}</dd>
        <dt className="text-slate-600">{t("payeeBank")}</dt>
        <dd>
          <Typed text={info.payee?.bank ?? "—"} />
        </dd>
        <dt className="text-slate-600">{t("reference")}</dt>
        <dd>
          <span className="font-mono text-lg font-semibold">{info.referenceCode}</span>
          <span className="block text-sm text-slate-600">{t("referenceHint")}</span>
        </dd>
        <dt className="text-slate-600">{t("window")}</dt>
        <dd>
          {info.paymentWindow.start} — {info.paymentWindow.end}
        </dd>
      </dl>
    </Card>
  );
}

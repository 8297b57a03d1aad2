import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { Payee } from "@/lib/server/settings/payee";
import { Quoted } from "@/components/i18n/quoted";

/** 五: the payee name and account the clerk checks on every receipt. */
export async function PayeeNote({ payee }: { payee: Payee | null }) {
  const t = await getTranslations("staffPayments");
  if (!payee) return <Alert tone="error">{t("payeeMissing")}</Alert>;
  return (
    <Alert tone="info">
      <Quoted
        text={t("payee", { name: payee.name, account: payee.account, bank: payee.bank || "—" })}
        quoted={[payee.name, payee.bank]}
      />
    </Alert>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/i18n/format";
import { listDevSms } from "@/lib/server/sms/list-dev-sms";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("identity.staffSms");
  return { title: t("title") };
}

/** What the development SMS provider "sent" (ADR 056): for demos and tests, staff only. */
export default async function DevSmsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("identity.staffSms");
  const actor = await staffPage("ADMIN", "/staff/security/sms");
  if (!actor) return <Forbidden role="ADMIN" />;
  const { provider, messages } = await listDevSms(actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Alert tone="info">{provider === "dev" ? t("devIntro") : t("realProvider")}</Alert>
      {messages.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {messages.map((m) => (
            <li key={m.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <p className="font-medium">
                {formatDateTime(m.createdAt, locale)} · {m.to}
              </p>
              <p>{m.text}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

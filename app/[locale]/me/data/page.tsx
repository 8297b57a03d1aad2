import { getTranslations, setRequestLocale } from "next-intl/server";
import { CloseAccountForm } from "@/app/[locale]/me/data/_components/close-account-form";
import { CorrectionForm } from "@/app/[locale]/me/data/_components/correction-form";
import { buttonVariants } from "@/components/ui/button";
import { Link, redirect } from "@/i18n/navigation";
import { accountPage } from "@/lib/server/auth/page-guards";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";

export const dynamic = "force-dynamic";

/** Issue 11, PIPL arts. 45–47: the candidate's copy of their data and the closing of the account. */
export default async function MyDataPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await accountPage("/me/data");
  if (actor.kind !== "CANDIDATE") return redirect({ href: "/me", locale });
  const t = await getTranslations("privacy.rights");
  const prefix = locale === "zh-CN" ? "" : `/${locale}`;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">
        {t("intro")}{" "}
        <Link href="/privacy" className="text-brand-700 underline underline-offset-4">
          {t("notice")}
        </Link>
      </p>
      <section aria-labelledby="download" className="flex flex-col gap-2">
        <h2 id="download" className="text-lg font-semibold">
          {t("downloadTitle")}
        </h2>
        <p className="text-slate-700">{t("downloadText")}</p>
        {/* A POST, so no prefetch or crawler ever builds (and audits) an export. A route, not an
            action: its answer is a file, and there is nothing to check or show (ADR 142). */}
        <form method="post" action={`${prefix}/me/data/download`}>
          <button type="submit" className={buttonVariants({ variant: "secondary" })}>
            {t("download")}
          </button>
        </form>
      </section>
      <section aria-labelledby="correct" className="flex flex-col gap-2">
        <h2 id="correct" className="text-lg font-semibold">
          {t("correctTitle")}
        </h2>
        <p className="text-slate-700">{t("correctText")}</p>
        <CorrectionForm today={todayInBeijing()} />
      </section>
      <section aria-labelledby="close" className="flex flex-col gap-2">
        <h2 id="close" className="text-lg font-semibold">
          {t("closeTitle")}
        </h2>
        <CloseAccountForm />
      </section>
    </div>
  );
}

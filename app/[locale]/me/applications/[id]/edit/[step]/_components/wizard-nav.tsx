import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { cn } from "@/lib/cn";
import { WIZARD_STEPS, type WizardStep } from "@/lib/server/applications/update-application";

/** Steps already reached are links, so a candidate can go back and change anything before submitting. */
export async function WizardNav({
  applicationId,
  current,
  reached,
}: {
  applicationId: string;
  current: WizardStep;
  reached: number;
}) {
  const t = await getTranslations("wizard");
  const index = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label={t("stepOf", { n: index + 1, total: WIZARD_STEPS.length })}>
      <p className="mb-2 text-sm text-slate-600">{t("stepOf", { n: index + 1, total: WIZARD_STEPS.length })}</p>
      <ol className="flex flex-wrap gap-1 text-sm">
        {WIZARD_STEPS.map((step, i) => {
          const label = `${i + 1}. ${t(`steps.${step}`)}`;
          const className = cn(
            "rounded-full px-3 py-1",
            step === current ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-800",
          );
          return (
            <li key={step}>
              {i <= reached && step !== current ? (
                <Link
                  href={`/me/applications/${applicationId}/edit/${step}`}
                  className={cn(className, "underline-offset-4 hover:underline")}
                >
                  {label}
                </Link>
              ) : (
                <span className={className} aria-current={step === current ? "step" : undefined}>
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { WIZARD_STEPS } from "@/lib/server/applications/update-application";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";
import { NextStep } from "@/components/applications/next-step";

/**
 * The one next thing the applicant can do now, as the DTO's abilities say (`canEdit`, `canPay`, …,
 * computed once in lib/domain/abilities.ts): a button when it is allowed, and the "what now" line for every state
 * (lib/domain/what-now, issue 16 item 6), which also says why not and until when.
 */
export async function ApplicationActions({ application: a }: { application: ApplicationDetailDto }) {
  const t = await getTranslations("applications");
  const links: { href: string; label: string }[] = [];
  if (a.canEdit) {
    const step = a.fixingReturn ? "review" : (WIZARD_STEPS[Math.min(a.draftStep, WIZARD_STEPS.length - 1)] ?? "condition");
    links.push({
      href: `/me/applications/${a.id}/edit/${step}`,
      label: a.fixingReturn ? t("editReturned") : t("editContinue"),
    });
  }
  if (a.canPay) links.push({ href: `/me/applications/${a.id}/pay`, label: t("pay") });
  const downloads: { href: string; label: string }[] = [];
  if (a.canDownloadTicket) downloads.push({ href: `/downloads/ticket/${a.id}`, label: t("downloadTicket") });
  if (a.canDownloadCertificate) downloads.push({ href: `/downloads/certificate/${a.id}`, label: t("downloadCertificate") });
  return (
    <>
      <NextStep whatNow={a.whatNow} />
      {links.length > 0 || downloads.length > 0 ? (
        <div className="flex flex-wrap gap-3">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className={buttonVariants()}>
              {l.label}
            </Link>
          ))}
          {/* Plain links: these are file downloads from route handlers, not pages. */}
          {downloads.map((d) => (
            <a key={d.href} href={d.href} className={buttonVariants({ variant: "secondary" })} download>
              {d.label}
            </a>
          ))}
        </div>
      ) : null}
    </>
  );
}

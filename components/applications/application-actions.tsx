import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { isTicketDownloadable, isWindowOpen } from "@/lib/domain/calendar";
import { WIZARD_STEPS } from "@/lib/server/applications/update-application";
import type { IsoDate } from "@/lib/domain/types";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";

/** The one next thing the applicant can do now, by status and by which window is open (三). */
export async function ApplicationActions({ application: a, today }: { application: ApplicationDetailDto; today: IsoDate }) {
  const t = await getTranslations("applications");
  const links: { href: string; label: string }[] = [];
  if (a.status === "DRAFT" && isWindowOpen(a.batch, "registration", today)) {
    const step = WIZARD_STEPS[Math.min(a.draftStep, WIZARD_STEPS.length - 1)] ?? "condition";
    links.push({ href: `/me/applications/${a.id}/edit/${step}`, label: t("editContinue") });
  }
  if (a.status === "RETURNED" && isWindowOpen(a.batch, "review", today)) {
    links.push({ href: `/me/applications/${a.id}/edit/review`, label: t("editReturned") });
  }
  if ((a.status === "APPROVED" || a.status === "PAYMENT_SUBMITTED") && a.channel === "INDIVIDUAL") {
    links.push({ href: `/me/applications/${a.id}/pay`, label: t("pay") });
  }
  const ticketOpen = isTicketDownloadable(a.batch, today);
  const downloads: { href: string; label: string }[] = [];
  if (a.status === "PAYMENT_CONFIRMED" && a.ticketNumber && ticketOpen)
    downloads.push({ href: `/downloads/ticket/${a.id}`, label: t("downloadTicket") });
  if (a.certificateNumber) downloads.push({ href: `/downloads/certificate/${a.id}`, label: t("downloadCertificate") });
  if (links.length === 0 && downloads.length === 0) return null;
  return (
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
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedLink as Link } from "@/components/layout/localized-link";
import { StartApplicationForm } from "@/app/[locale]/me/apply/_components/start-application-form";
import { listBatchesOpenForRegistration } from "@/lib/server/applications/open-batches";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listProjects } from "@/lib/server/catalog/list-projects";
import { publicCalendar } from "@/lib/server/catalog/public-catalog";
import { nextRegistrationWindow } from "@/lib/domain/guide";
import { candidatePage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

export default async function ApplyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await candidatePage("/me/apply");
  const [t, tc, tp] = await Promise.all([
    getTranslations("applications"),
    getTranslations("common"),
    getTranslations("publicNav"),
  ]);
  const today = todayInBeijing();
  const [batches, projects, calendar] = await Promise.all([
    listBatchesOpenForRegistration(today),
    listProjects(),
    publicCalendar(),
  ]);
  // None open today: name the next window to open (issue 16), from the published calendar.
  const next =
    batches.length === 0
      ? nextRegistrationWindow(
          calendar.batches.filter((b) => b.registration.start > today),
          today,
        )
      : null;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("applyTitle")}</h1>
      <p className="text-slate-700">{t("applyIntro")}</p>
      {batches.length === 0 ? (
        <div role="status" className="flex flex-col gap-2">
          <p>{t("noOpenBatch")}</p>
          <p className="font-medium">
            {next
              ? tp("nextWindow", {
                  batch: tc("batchLabel", { year: next.batch.year, seq: next.batch.seq }),
                  start: next.window.start,
                  end: next.window.end,
                })
              : tp("noWindow")}
          </p>
          <p>
            <Link href="/calendar" className="text-brand-700 underline">
              {tp("seeCalendar")}
            </Link>
          </p>
        </div>
      ) : (
        <StartApplicationForm
          batches={batches.map((b) => ({
            id: b.id,
            label: t("batchOption", {
              batch: tc("batchLabel", { year: b.year, seq: b.seq }),
              end: b.registrationEnd,
              exam: b.examDate,
            }),
          }))}
          projects={projects.map((p) => ({ seq: p.seq, name: `${p.seq}. ${p.name}` }))}
        />
      )}
    </div>
  );
}

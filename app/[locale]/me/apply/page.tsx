import { getTranslations, setRequestLocale } from "next-intl/server";
import { StartApplicationForm } from "@/components/applications/start-application-form";
import { redirect } from "@/i18n/navigation";
import { listBatchesOpenForRegistration } from "@/lib/server/applications/open-batches";
import { currentActor } from "@/lib/server/auth/session";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listProjects } from "@/lib/server/catalog/list-projects";

export const dynamic = "force-dynamic";

export default async function ApplyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await currentActor();
  if (!actor || actor.kind !== "CANDIDATE")
    return redirect({ href: { pathname: "/login", query: { next: "/me/apply" } }, locale });
  const [t, tc] = await Promise.all([getTranslations("applications"), getTranslations("common")]);
  const [batches, projects] = await Promise.all([listBatchesOpenForRegistration(todayInBeijing()), listProjects()]);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("applyTitle")}</h1>
      <p className="text-slate-700">{t("applyIntro")}</p>
      {batches.length === 0 ? (
        <p role="status">{t("noOpenBatch")}</p>
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

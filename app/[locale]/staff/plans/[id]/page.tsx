import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/staff/exam/forbidden-notice";
import { CancelForm } from "@/app/[locale]/staff/plans/[id]/_components/cancel-form";
import { CandidateTable } from "@/components/staff/plans/candidate-table";
import { HoldForm } from "@/app/[locale]/staff/plans/[id]/_components/hold-form";
import { MoveForm } from "@/app/[locale]/staff/plans/[id]/_components/move-form";
import { PlanSummary } from "@/components/staff/plans/plan-summary";
import { SeatAssignForm } from "@/app/[locale]/staff/plans/[id]/_components/seat-assign-form";
import { SessionList } from "@/app/[locale]/staff/plans/[id]/_components/session-list";
import { Card } from "@/components/ui/card";
import { getPathname, Link } from "@/i18n/navigation";
import { AppError } from "@/lib/app-error";
import { staffPageActor } from "@/lib/server/auth/totp-guard";
import { listSites } from "@/lib/server/exam/list-sites";
import { getPlan } from "@/lib/server/plans/get-plan";

export const dynamic = "force-dynamic";

export default async function PlanPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await staffPageActor("EXAM_OFFICER", `/staff/plans/${id}`);
  if (!actor) return <ForbiddenNotice />;
  const [plan, sites] = await Promise.all([
    getPlan(actor, id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listSites(actor),
  ]);
  const [t, tc] = await Promise.all([getTranslations("staffExam.plan"), getTranslations("common")]);
  const rooms = sites.flatMap((s) => s.rooms.map((r) => ({ id: r.id, label: `${s.name} ${r.name}` })));
  const usedRooms = [...new Map(plan.candidates.filter((c) => c.roomId).map((c) => [c.roomId!, c.room!])).entries()];
  const section = (key: string, title: string, body: ReactNode) => (
    <Card aria-labelledby={key} className="flex flex-col gap-3">
      <h2 id={key} className="text-lg font-semibold">
        {title}
      </h2>
      {body}
    </Card>
  );
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/plans" className="text-brand-700 underline underline-offset-4">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">
        {t("title", { project: `${plan.project.seq}. ${plan.project.name}`, batch: tc("batchLabel", plan.batch) })}
      </h1>
      <PlanSummary plan={plan} />
      {plan.status !== "CANCELLED" ? <SessionList actor={actor} planId={plan.id} rooms={rooms} /> : null}
      {plan.status === "OPEN" ? (
        <div className="grid gap-4 md:grid-cols-3">
          {section("hold", t("holdTitle"), <HoldForm planId={plan.id} underMinimum={plan.counts.paid < plan.minimum} />)}
          {section("move", t("moveTitle"), <MoveForm planId={plan.id} targets={plan.targets} />)}
          {section("cancel", t("cancelTitle"), <CancelForm planId={plan.id} />)}
        </div>
      ) : null}
      {plan.status === "HELD" ? (
        <div className="grid gap-4 md:grid-cols-2">
          {section(
            "seats",
            t("seatsTitle"),
            <SeatAssignForm
              planId={plan.id}
              sites={sites.map((s) => ({ id: s.id, name: s.name, seats: s.rooms.reduce((n, r) => n + r.capacity, 0) }))}
            />,
          )}
          {section(
            "sheets",
            t("sheetsTitle"),
            usedRooms.length === 0 ? (
              <p className="text-slate-600">{t("noSheets")}</p>
            ) : (
              <>
                <p className="text-sm text-slate-600">{t("sheetsHint")}</p>
                <ul className="flex flex-col gap-2">
                  {usedRooms.map(([roomId, label]) => (
                    <li key={roomId}>
                      <a
                        className="text-brand-700 underline underline-offset-4"
                        href={getPathname({
                          href: { pathname: "/staff/exam/sign-in-sheet", query: { batch: plan.batch.id, room: roomId } },
                          locale,
                        })}
                        download
                      >
                        {t("sheetFor", { room: label })}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ),
          )}
        </div>
      ) : null}
      {plan.status === "HELD" && !plan.noticePublished ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">{t("laterDecision")}</summary>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {section("move", t("moveTitle"), <MoveForm planId={plan.id} targets={plan.targets} />)}
            {section("cancel", t("cancelTitle"), <CancelForm planId={plan.id} />)}
          </div>
        </details>
      ) : null}
      <section aria-labelledby="candidates" className="flex flex-col gap-2">
        <h2 id="candidates" className="text-xl font-semibold">
          {t("candidatesTitle", { count: plan.candidates.length })}
        </h2>
        <CandidateTable plan={plan} rooms={rooms} />
      </section>
    </div>
  );
}

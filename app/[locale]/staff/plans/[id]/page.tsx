import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CandidateTable } from "@/app/[locale]/staff/plans/[id]/_components/candidate-table";
import { DecisionOutcome } from "@/components/staff/plans/decision-outcome";
import { DecisionPreview } from "@/components/staff/plans/decision-preview";
import { HoldForm } from "@/app/[locale]/staff/plans/[id]/_components/hold-form";
import { CancelPreviewButton, MoveForm } from "@/app/[locale]/staff/plans/[id]/_components/move-form";
import { PlanSummary } from "@/components/staff/plans/plan-summary";
import { SeatAssignForm } from "@/app/[locale]/staff/plans/[id]/_components/seat-assign-form";
import { SessionList } from "@/app/[locale]/staff/plans/[id]/_components/session-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getPathname, Link } from "@/i18n/navigation";
import { AppError } from "@/lib/app-error";
import { translateFailure } from "@/lib/i18n/translate-key";
import type { Failure } from "@/lib/action-result";
import { listSites } from "@/lib/server/exam/list-sites";
import { getPlan, type PlanDetailDto } from "@/lib/server/plans/get-plan";
import { previewPlanDecision, type PlanDecisionPreviewDto } from "@/lib/server/plans/preview-plan-decision";
import type { Actor } from "@/lib/server/auth/session";
import { DecisionConfirmForm } from "./_components/decision-confirm-form";
import { projectName } from "@/lib/domain/catalog/names";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";
import { planPreviewQuerySchema } from "@/lib/schemas/staff-filter-schemas";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

/** The preview the officer asked for (?decide=move&target=… or ?decide=cancel), or the reason it cannot be shown. */
async function decisionPreview(
  actor: Actor,
  plan: PlanDetailDto,
  search: Search,
): Promise<{ preview: PlanDecisionPreviewDto | null; error: Failure | null; target: string | null }> {
  const query = planPreviewQuerySchema.parse(search);
  const kind = query.decide ?? null;
  const target = query.target ?? null;
  if (!plan.decidable || !kind) return { preview: null, error: null, target };
  try {
    return { preview: await previewPlanDecision(actor, plan.id, { kind, targetBatchId: target }), error: null, target };
  } catch (error) {
    if (error instanceof AppError) return { preview: null, error: error.failure, target };
    throw error;
  }
}

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await staffPage("EXAM_OFFICER", `/staff/plans/${id}`);
  if (!actor) return <Forbidden role="EXAM_OFFICER" />;
  const [plan, sites] = await Promise.all([
    getPlan(actor, id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listSites(actor),
  ]);
  const section = (key: string, title: string, body: ReactNode) => (
    <Card aria-labelledby={key} className="flex flex-col gap-3">
      <h2 id={key} className="text-lg font-semibold">
        {title}
      </h2>
      {body}
    </Card>
  );
  const [t, tc, td] = await Promise.all([
    getTranslations("staffExam.plan"),
    getTranslations("common"),
    getTranslations("planDecisions"),
  ]);
  const decision = await decisionPreview(actor, plan, await searchParams);
  const preview = decision.preview;
  const previewSection = preview
    ? section(
        "decision-preview",
        td("previewTitle"),
        <>
          <DecisionPreview preview={preview} formId={`decision-${preview.kind}`} />
          <DecisionConfirmForm
            planId={plan.id}
            kind={preview.kind}
            targetBatchId={preview.target?.batchId ?? null}
            formId={`decision-${preview.kind}`}
            disabled={preview.blocked}
          />
          <Link href={`/staff/plans/${plan.id}`} className="self-start text-brand-700 underline underline-offset-4">
            {td("previewBack")}
          </Link>
        </>,
      )
    : null;
  const rooms = sites.flatMap((s) => s.rooms.map((r) => ({ id: r.id, label: `${s.name} ${r.name}` })));
  const usedRooms = [...new Map(plan.candidates.filter((c) => c.roomId).map((c) => [c.roomId!, c.room!])).entries()];
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/plans" className="text-brand-700 underline underline-offset-4">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">
        {t("title", {
          project: `${plan.project.seq}. ${projectName(plan.project.name, locale)}`,
          batch: tc("batchLabel", plan.batch),
        })}
      </h1>
      {plan.decision ? <DecisionOutcome decision={plan.decision} /> : null}
      <PlanSummary plan={plan} />
      {decision.error ? <Alert tone="error">{translateFailure(decision.error, locale === "en" ? "en" : "zh-CN")}</Alert> : null}
      {previewSection}
      {plan.status !== "CANCELLED" ? <SessionList actor={actor} planId={plan.id} rooms={rooms} /> : null}
      {plan.status === "OPEN" ? (
        <div className="grid gap-4 md:grid-cols-3">
          {section("hold", t("holdTitle"), <HoldForm planId={plan.id} underMinimum={plan.counts.paid < plan.minimum} />)}
          {section("move", t("moveTitle"), <MoveForm targets={plan.targets} selected={decision.target} />)}
          {section("cancel", t("cancelTitle"), <CancelPreviewButton />)}
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
      {plan.status === "HELD" && plan.decidable ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">{t("laterDecision")}</summary>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {section("move", t("moveTitle"), <MoveForm targets={plan.targets} selected={decision.target} />)}
            {section("cancel", t("cancelTitle"), <CancelPreviewButton />)}
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

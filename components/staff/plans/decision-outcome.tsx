import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { PlanDecisionOutcomeDto } from "@/lib/server/plans/get-plan";

/**
 * What the last decision on the plan did (issue 17 item 5), read back from its record: it stays
 * on the page after the plan's state changes and the decision forms are gone.
 */
export async function DecisionOutcome({ decision }: { decision: PlanDecisionOutcomeDto }) {
  const [t, tc] = await Promise.all([getTranslations("planDecisions"), getTranslations("common")]);
  const at = decision.at;
  const c = decision.counts;
  const text =
    decision.kind === "hold"
      ? t("outcome.hold", { at, paid: c.paid, tickets: c.ticketsIssued })
      : decision.kind === "cancel"
        ? t("outcome.cancel", { at, cancelled: c.cancelled, refunds: c.refunds, waiting: c.waitingReceipts })
        : t("outcome.move", {
            at,
            batch: decision.target ? tc("batchLabel", decision.target) : "",
            moved: c.moved,
            replaced: c.replaced,
            kept: c.alreadyInTarget,
            refunds: c.refunds,
          });
  return (
    <Alert tone="success" aria-labelledby="decision-outcome">
      <h2 id="decision-outcome" className="font-semibold">
        {t("outcomeTitle")}
      </h2>
      <p>{text}</p>
      {decision.reason ? <p>{t("outcome.reason", { reason: decision.reason })}</p> : null}
    </Alert>
  );
}

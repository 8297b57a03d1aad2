import { MarkedString } from "@/components/i18n/marked-failure";
import { badgeVariants, cardClass } from "@/components/ui/variants";
import type { EligibilityDto } from "@/lib/server/eligibility/check-eligibility";
import type { EligibilityText } from "./eligibility-text";

const TONE = { eligible: "success", "needs-evidence": "warning", ineligible: "danger" } as const;

/** The self-check's answer, shown by the eligibility form (a client island, so plain class lists). */
export function EligibilityResult({ result, text }: { result: EligibilityDto; text: EligibilityText }) {
  return (
    <section aria-labelledby="eligibility-result" className={cardClass}>
      <h2 id="eligibility-result" className="text-lg font-semibold">
        {text.result}：{result.project.name}
      </h2>
      <p className="mt-2">
        <span className={`${badgeVariants({ tone: TONE[result.result] })} text-base`}>{text[result.result]}</span>
      </p>
      <ul className="mt-2 list-disc pl-5">
        {result.reasons.map((reason) => (
          <li key={reason}>
            <MarkedString text={reason} />
          </li>
        ))}
      </ul>
      {result.conditions.length > 1 ? (
        <>
          <h3 className="mt-4 font-medium">{text.perCondition}</h3>
          <ul className="mt-1 space-y-2">
            {result.conditions.map((c) => (
              <li key={c.code} className="rounded bg-slate-50 p-2">
                <p className="text-sm">{c.text}</p>
                <span className={badgeVariants({ tone: TONE[c.result] })}>{text[c.result]}</span>
                {c.reasons.length > 0 ? (
                  <p className="mt-1 text-sm text-slate-700">
                    {c.reasons.map((reason, i) => (
                      <span key={i}>
                        {i > 0 ? " " : null}
                        <MarkedString text={reason} />
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

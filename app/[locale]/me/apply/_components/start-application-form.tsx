"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { startApplicationAction } from "@/app/[locale]/me/apply/actions";
import { failureOf } from "@/components/account/text-field";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

export function StartApplicationForm({
  batches,
  projects,
}: {
  batches: { id: string; label: string }[];
  projects: { seq: number; name: string }[];
}) {
  const t = useTranslations("applications");
  const say = useFailureText();
  const [state, action, pending] = useActionState(startApplicationAction, null);
  const failed = failureOf(state);
  const error = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <Field id="batchId" label={t("batch")} error={error("batchId")}>
        {(a) => (
          <select {...a} name="batchId" defaultValue={failed?.values.batchId ?? batches[0]?.id ?? ""} className={inputClass}>
            {batches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="projectSeq" label={t("project")} error={error("projectSeq")}>
        {(a) => (
          <select {...a} name="projectSeq" defaultValue={failed?.values.projectSeq ?? "1"} className={inputClass}>
            {projects.map((p) => (
              <option key={p.seq} value={p.seq}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormError failure={failed?.formError} />
      <Button type="submit" disabled={pending}>
        {t("start")}
      </Button>
    </form>
  );
}

import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { EligibilityForm, type EligibilityText } from "@/app/[locale]/eligibility/_components/eligibility-form";
import { EDUCATION_LEVELS } from "@/lib/domain/types";
import { publicProjects } from "@/lib/server/catalog/public-catalog";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("eligibility") };
}

const TEXT_KEYS = [
  "project",
  "condition",
  "anyCondition",
  "idNumber",
  "idNumberHint",
  "birthDate",
  "education",
  "graduatingThisYear",
  "major",
  "majorHint",
  "occupation",
  "occupationHint",
  "submit",
  "result",
  "eligible",
  "needs-evidence",
  "ineligible",
  "perCondition",
] as const satisfies readonly (keyof EligibilityText)[];

export default async function EligibilityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, te, messages] = await Promise.all([getTranslations("eligibility"), getTranslations("education"), getMessages()]);
  const projects = await publicProjects();
  const options = projects.map((p) => ({
    seq: p.seq,
    name: locale === "en" ? `${p.name} (${p.nameEn})` : p.name,
    conditions: p.conditions.map((c) => ({ code: c.code, text: locale === "en" ? c.textEn : c.text })),
  }));
  // The form is translated here and gets its strings as props: no next-intl on the client (ADR 050).
  const text = Object.fromEntries(TEXT_KEYS.map((key) => [key, t(key)])) as EligibilityText;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <EligibilityForm
        projects={options}
        text={text}
        education={EDUCATION_LEVELS.map((level) => ({ value: level, label: te(level) }))}
        errors={flatten("errors", messages.errors)}
      />
    </div>
  );
}

/** `{ idNumber: { checksum: "…" } }` → `{ "errors.idNumber.checksum": "…" }`: the keys actions answer with. */
function flatten(prefix: string, value: unknown): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  if (typeof value !== "object" || value === null) return {};
  return Object.assign({}, ...Object.entries(value).map(([key, inner]) => flatten(`${prefix}.${key}`, inner))) as Record<
    string,
    string
  >;
}

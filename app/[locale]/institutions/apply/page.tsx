import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Card } from "@/components/ui/card";
import { publicProjects } from "@/lib/server/catalog/public-catalog";
import { ApplyForm, FollowForm } from "./_components/apply-form";
import { projectName } from "@/lib/domain/catalog/names";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("institutionApply");
  return { title: t("title") };
}

/** 四(一)1 (issue 13 item 8): organisations apply to become a registration institution. */
export default async function ApplyInstitutionPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("institutionApply");
  const projects = (await publicProjects()).map((p) => ({ seq: p.seq, name: projectName(p.name, locale) }));
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={["institutionApply", "errors", "rareNames"]}>
        <Card>
          <ApplyForm projects={projects} />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("followTitle")}</h2>
          <FollowForm />
        </Card>
      </ClientMessages>
    </div>
  );
}

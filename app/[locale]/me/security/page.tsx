import { getTranslations, setRequestLocale } from "next-intl/server";
import { SecondFactorPanel } from "@/app/[locale]/staff/security/_components/second-factor-panel";
import { Link, redirect } from "@/i18n/navigation";
import { currentActor } from "@/lib/server/auth/session";
import { getSecondFactorStatus } from "@/lib/server/auth/totp-enrollment";
import { listPasskeys } from "@/lib/server/passkeys/register-passkey";
import { PasskeyPanel } from "./_components/passkey-panel";
import { accountPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const [t, tk, actor] = await Promise.all([getTranslations("staffAdmin.security"), getTranslations("passkeys"), currentActor()]);
  return { title: actor?.kind === "CANDIDATE" ? tk("title") : t("title") };
}

/**
 * Candidates keep their passkeys here (issue 16 item 9, ADR 114).
 * Institution users enroll the staff second factor here before any institution page works
 * (issue 10; ADR 011): outside /institution, whose layout sends them here. Staff use /staff/security.
 */
export default async function InstitutionSecurityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await accountPage("/me/security");
  if (actor.kind === "STAFF") return redirect({ href: "/staff/security", locale });
  if (actor.kind === "CANDIDATE") {
    const [tk, passkeys] = await Promise.all([getTranslations("passkeys"), listPasskeys(actor)]);
    return (
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-bold">{tk("title")}</h1>
        <PasskeyPanel
          passkeys={passkeys.map((p) => ({
            id: p.id,
            name: p.name,
            createdAt: p.createdAt.toISOString(),
            lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
          }))}
        />
      </div>
    );
  }
  if (actor.kind !== "INSTITUTION") return redirect({ href: "/me", locale });
  const [t, tl, status] = await Promise.all([
    getTranslations("staffAdmin.security"),
    getTranslations("limits.institutionSecurity"),
    getSecondFactorStatus(actor),
  ]);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SecondFactorPanel
        status={status}
        required={tl("required")}
        afterEnabled={
          <Link href="/institution" className="underline">
            {tl("toWorkspace")}
          </Link>
        }
      />
    </div>
  );
}

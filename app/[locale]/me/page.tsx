import { getTranslations, setRequestLocale } from "next-intl/server";
import { LogoutButton } from "@/components/auth/logout-button";
import { logoutAction } from "@/app/[locale]/login/logout-action";
import { ApplicationList } from "@/components/applications/application-list";
import { InboxCount } from "@/components/applications/inbox-count";
import { buttonVariants } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { listMyApplications } from "@/lib/server/applications/list-my-applications";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { countUnread } from "@/lib/server/notifications/list-notifications";
import { accountPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

/** Where a login lands: a candidate's 个人中心 with the 报名历史 of 四(二)3. */
export default async function MePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await accountPage("/me");
  const [t, ta, ti, tp, tk] = await Promise.all([
    getTranslations("me"),
    getTranslations("applications"),
    getTranslations("institution.me"),
    getTranslations("privacy.rights"),
    getTranslations("passkeys"),
  ]);
  const today = todayInBeijing();
  const [applications, unread] = await Promise.all([
    actor.kind === "CANDIDATE" ? listMyApplications(actor, today) : [],
    actor.kind === "CANDIDATE" ? countUnread(actor) : 0,
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title", { name: actor.displayName })}</h1>
      <p>{t(`kind.${actor.kind}`)}</p>
      <InboxCount unread={unread} />
      {actor.kind === "CANDIDATE" ? (
        <section aria-labelledby="mine" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="mine" className="text-xl font-semibold">
              {ta("mine")}
            </h2>
            <Link href="/me/apply" className={buttonVariants()}>
              {ta("apply")}
            </Link>
          </div>
          <ApplicationList applications={applications} today={today} />
        </section>
      ) : null}
      {actor.kind === "INSTITUTION" ? (
        <Link href="/institution" className={buttonVariants({ className: "self-start" })}>
          {ti("open")}
        </Link>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link href="/me/password" className={buttonVariants({ variant: "secondary" })}>
          {ta("changePassword")}
        </Link>
        {actor.kind === "CANDIDATE" ? (
          <Link href="/me/data" className={buttonVariants({ variant: "secondary" })}>
            {tp("link")}
          </Link>
        ) : null}
        {actor.kind === "CANDIDATE" ? (
          <Link href="/me/security" className={buttonVariants({ variant: "secondary" })}>
            {tk("title")}
          </Link>
        ) : null}
        <LogoutButton action={logoutAction} />
      </div>
    </div>
  );
}

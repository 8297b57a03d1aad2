import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotificationEmailForm } from "@/app/[locale]/me/inbox/_components/notification-email-form";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { cn } from "@/lib/cn";
import { getNotificationEmail } from "@/lib/server/accounts/notification-email";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { MarkReadButton } from "./mark-read-button";
import { accountPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("inbox");
  return { title: t("title") };
}

const time = (iso: string) =>
  new Date(iso).toLocaleString("zh-CN", {
    timeZone: "Asia/Shanghai",
    hour12: false,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });

/** 站内消息: every state change and deadline of the candidate's (or the institution's) applications. */
export default async function InboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const actor = await accountPage("/me/inbox");
  const t = await getTranslations("inbox");
  const page = Math.max(1, Number(query.page) || 1);
  const hasInbox = actor.kind !== "STAFF";
  const [inbox, email] = await Promise.all([
    listNotifications(actor, page),
    hasInbox ? getNotificationEmail(actor) : Promise.resolve(null),
  ]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {t("title")} {inbox.unread > 0 ? <Badge tone="warning">{t("unread", { count: inbox.unread })}</Badge> : null}
        </h1>
        {inbox.unread > 0 ? <MarkReadButton target="all" label={t("markAll")} /> : null}
      </div>
      {actor.kind === "STAFF" ? <p className="text-slate-600">{t("staff")}</p> : null}
      {email ? <NotificationEmailForm current={email.email} institution={actor.kind === "INSTITUTION"} /> : null}
      {inbox.items.length === 0 && hasInbox ? <p className="text-slate-600">{t("empty")}</p> : null}
      <ul className="flex flex-col gap-2">
        {inbox.items.map((n) => (
          <li
            key={n.id}
            className={cn("rounded-lg border bg-white p-3", n.read ? "border-slate-200" : "border-l-4 border-brand-600")}
          >
            <article aria-labelledby={`n-${n.id}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`n-${n.id}`} className={cn("text-base", n.read ? "font-medium" : "font-bold")}>
                  {n.read ? null : <span className="sr-only">{t("unreadLabel")}</span>}
                  {n.title}
                </h2>
                <time dateTime={n.createdAt} className="text-sm text-slate-600 tabular-nums">
                  {time(n.createdAt)}
                </time>
              </div>
              <p className="mt-1 text-slate-800">{n.body}</p>
              <div className="mt-1 flex flex-wrap items-center gap-3">
                {n.applicationId && actor.kind === "CANDIDATE" ? (
                  <Link
                    href={`/me/applications/${n.applicationId}`}
                    className="text-sm text-brand-700 underline underline-offset-4"
                  >
                    {t("open")}
                  </Link>
                ) : null}
                {n.read ? null : <MarkReadButton target={n.id} label={t("markRead")} describedBy={`n-${n.id}`} />}
              </div>
            </article>
          </li>
        ))}
      </ul>
      <nav aria-label={t("pages")} className="flex gap-3">
        {page > 1 ? (
          <Link
            href={{ pathname: "/me/inbox", query: { page: page - 1 } }}
            className="text-brand-700 underline underline-offset-4"
          >
            {t("newer")}
          </Link>
        ) : null}
        {inbox.hasMore ? (
          <Link
            href={{ pathname: "/me/inbox", query: { page: page + 1 } }}
            className="text-brand-700 underline underline-offset-4"
          >
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotificationEmailForm } from "@/app/[locale]/me/inbox/_components/notification-email-form";
import { StoredText } from "@/components/i18n/stored-text";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { cn } from "@/lib/cn";
import { formatDateTime } from "@/lib/i18n/format";
import { getNotificationEmail } from "@/lib/server/accounts/notification-email";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { MarkReadButton } from "./mark-read-button";
import { accountPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("inbox");
  return { title: t("title") };
}

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
  const [t, root] = await Promise.all([getTranslations("inbox"), getTranslations()]);
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
        {inbox.items.map((n) => {
          // In the reader's language when the row has a kind (ADR 123); otherwise its Chinese words, marked so.
          const kind = n.messageKey ? `inboxMessages.${n.messageKey}` : null;
          return (
            <li
              key={n.id}
              className={cn("rounded-lg border bg-white p-3", n.read ? "border-slate-200" : "border-l-4 border-brand-600")}
            >
              <article aria-labelledby={`n-${n.id}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={`n-${n.id}`} className={cn("text-base", n.read ? "font-medium" : "font-bold")}>
                    {n.read ? null : <span className="sr-only">{t("unreadLabel")}</span>}
                    <StoredText
                      as="span"
                      t={root}
                      locale={locale}
                      messageKey={kind && `${kind}.title`}
                      params={n.messageParams}
                      fallback={n.title}
                    />
                  </h2>
                  <time dateTime={n.createdAt} className="text-sm text-slate-600 tabular-nums">
                    {formatDateTime(n.createdAt, locale)}
                  </time>
                </div>
                <StoredText
                  t={root}
                  locale={locale}
                  messageKey={kind && `${kind}.body`}
                  params={n.messageParams}
                  fallback={n.body}
                  className="mt-1 whitespace-pre-line text-slate-800"
                />
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
          );
        })}
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

import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/**
 * 消息 with its unread count, on the candidate's own pages (issue 16 item 6). Nothing when all is
 * read: the header's 消息 link is always there.
 */
export async function InboxCount({ unread }: { unread: number }) {
  if (unread <= 0) return null;
  const t = await getTranslations("inboxCount");
  return (
    <Link
      href="/me/inbox"
      data-testid="inbox-unread"
      className="inline-flex items-center gap-2 self-start rounded-md border border-brand-700 px-3 py-2 text-brand-700"
    >
      <span>{t("link")}</span>
      <span className="rounded-full bg-red-700 px-2 text-sm font-semibold text-white">{t("unread", { count: unread })}</span>
    </Link>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** Previous / next links that keep the other GET parameters. */
export async function Pager({
  path,
  params,
  page,
  pageSize,
  total,
  namespace,
}: {
  path: string;
  params: Record<string, string | number | undefined>;
  page: number;
  pageSize: number;
  total: number;
  namespace: "staffReview" | "staffAdmin.audit";
}) {
  const t = await getTranslations(namespace);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const query = Object.fromEntries(
      Object.entries({ ...params, page: p }).flatMap(([k, v]) => (v === undefined || String(v) === "" ? [] : [[k, String(v)]])),
    );
    return { pathname: path, query };
  };
  return (
    <nav aria-label={t("count", { total, page, pages })} className="flex items-center gap-3 text-sm">
      <span>{t("count", { total, page, pages })}</span>
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 underline underline-offset-4">
          {t("previous")}
        </Link>
      ) : null}
      {page < pages ? (
        <Link href={href(page + 1)} className="text-brand-700 underline underline-offset-4">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

import { setRequestLocale } from "next-intl/server";
import { defaultNext, LoginPageBody, loginMetadata } from "@/app/[locale]/login/_components/login-page";

export const generateMetadata = loginMetadata;

/**
 * `/login?next=…`, `?reset=1`, `?mobileChanged=1`: proxy.ts rewrites a login address with any
 * query here (ADR 159), so `next` reaches the form's hidden field without JavaScript too.
 */
export default async function LoginWithQueryPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string; reset?: string; mobileChanged?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  return (
    <LoginPageBody
      next={typeof query.next === "string" ? query.next : defaultNext(locale)}
      reset={query.reset === "1"}
      mobileChanged={query.mobileChanged === "1"}
    />
  );
}

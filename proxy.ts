import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);

/** `/calendar?year=2026`, the calendar's old address, and `/en/calendar?year=2026`. */
const CALENDAR = /^(\/en)?\/calendar\/?$/;

// Locale routing, and one old address. Authorization is checked inside every action and route
// handler, never here (style.md "Avoid").
export default function proxy(request: NextRequest) {
  const calendar = CALENDAR.exec(request.nextUrl.pathname);
  const year = request.nextUrl.searchParams.get("year");
  if (calendar && year !== null) {
    // A year is a path now, so the calendar can be prerendered per year (ADR 050).
    const url = request.nextUrl.clone();
    url.pathname = `${calendar[1] ?? ""}/calendar${/^\d{4}$/.test(year) ? `/${year}` : ""}`;
    url.searchParams.delete("year");
    return NextResponse.redirect(url, 308);
  }
  return intl(request);
}

export const config = {
  matcher: "/((?!api|downloads|forms|staff-files|_next|_vercel|.*\\..*).*)",
};

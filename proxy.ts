import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale routing only. Authorization is checked inside every action and route handler,
// never here (style.md "Avoid").
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|downloads|forms|staff-files|_next|_vercel|.*\\..*).*)",
};

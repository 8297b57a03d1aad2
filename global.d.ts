import type { AppMessages } from "@/messages";

// Types every translation: `t("errors.generic")` is checked against the Chinese messages (ADR 009).
// `Locale` is left untyped for now: pages read it from their params as a string and hand it to
// setRequestLocale; typing it would touch every page (issue 15, a later step).
declare module "next-intl" {
  interface AppConfig {
    Messages: AppMessages;
  }
}

import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Messages = Record<string, unknown>;

/**
 * Messages for the client components below it (ADR 050). The locale layout has no provider, so
 * a public page ships neither next-intl's client runtime nor the whole catalogue in its HTML.
 * Signed-in areas get every namespace, as before; a public form only the ones it names
 * ("auth", "errors", "staffAdmin.security", …).
 */
export async function ClientMessages({
  namespaces,
  except,
  children,
}: {
  namespaces?: readonly string[];
  /** Every namespace but these (dotted paths allowed): an area whose client components translate error keys from anywhere. */
  except?: readonly string[];
  children: ReactNode;
}) {
  if (!namespaces && !except) return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
  const all = (await getMessages()) as Messages;
  const messages = namespaces ? pick(all, namespaces) : omit(all, except ?? []);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/**
 * What the candidate's client components (wizard, payment, account and privacy forms) never show:
 * staff, institution and public-page namespaces. Everything else stays, because their forms
 * translate whatever error key an action returns (errors.*, windowRules.*, limits.*, …), and a new
 * namespace is sent until someone lists it here (ADR 090). Cuts the catalogue sent with each
 * candidate page to about a third (ADR 146: 27 of the catalogue's 88 thousand characters in Chinese, was 51).
 */
export const NOT_FOR_CANDIDATE_CLIENTS = [
  "staff",
  "staffExam",
  "staffAdmin",
  "staffPayments",
  "staffReview",
  "reconciliation",
  "institution",
  "guide",
  "publicNotice",
  "privacy.page",
  "privacy.staff",
  "identity.staffAppeals",
  "identity.staffSms",
  "home",
  "calendar",
  "projects",
  "institutions",
  "eligibility",
  "reviewFields",
  // Staff and institution areas' words and their use cases' failure keys (ADR 146):
  "institutionApply",
  "institutionBatch",
  "institutionArchive",
  "institutionDocs",
  "staffWork",
  "batchHousekeeping",
  "planDecisions",
  "paperwork",
  "auditWords",
  "whatNowClerk",
  // Stored notes and inbox messages are put into words on the server (lib/i18n/stored-message.ts):
  "inboxMessages",
  "timelineNotes",
  // Passkeys are managed under /me/security, which sends every namespace:
  "passkeys",
  // An institution's roster and zip report problems (ADR 149, 154):
  "ruleFailures.roster",
  "ruleFailures.zip",
] as const;

/**
 * The wizard's steps (ADR 152): besides the above, the namespaces of the candidate's other areas
 * (account, mobile and password forms, payment, data rights) and of pages rendered on the
 * server only (what now, exam day, results, the header). No client component of the wizard
 * translates them and no action of the wizard answers with their keys;
 * components/layout/client-messages.test.ts holds the wizard's sources to that. The wizard
 * steps are the candidate pages asked for most on an opening morning.
 */
export const NOT_FOR_WIZARD_CLIENTS = [
  ...NOT_FOR_CANDIDATE_CLIENTS,
  "identity",
  "account",
  "rareNames",
  "payment",
  "refunds",
  "inboxCount",
  "privacy.rights",
  "whatNow",
  "examDay",
  "certificateDates",
  "resultDisplay",
  "deadline",
  "phases",
  "ticketLookup",
  "publicNav",
  "nav",
  "me",
  "accountHeader",
  "display",
  "pageGuard",
  "resumableUpload",
] as const;

/**
 * The inbox (ADR 157): its client components are the notification e-mail form and the "mark as
 * read" button, which translate `inbox.*` and the failure keys of their actions; the messages
 * themselves are put into words on the server. So it leaves out, beside what the wizard leaves
 * out, the wizard's own namespaces and the failures of uploads, eligibility and the windows.
 */
export const NOT_FOR_INBOX_CLIENTS = [
  ...NOT_FOR_WIZARD_CLIENTS,
  "wizard",
  "ruleFailures",
  "windowRules",
  "phoneUpload",
  "earlyEligibility",
  "applications",
  "attachments",
  "education",
  "status",
  "privacy",
  "rareNames",
] as const;

function omit(all: Messages, paths: readonly string[]): Messages {
  const kept: Messages = { ...all };
  for (const path of paths) {
    const [head, ...rest] = path.split(".");
    if (!head || !(head in kept)) continue;
    if (rest.length === 0) delete kept[head];
    else kept[head] = omit((kept[head] ?? {}) as Messages, [rest.join(".")]);
  }
  return kept;
}

function pick(all: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = all;
    let target = picked;
    keys.forEach((key, i) => {
      source = (source as Messages | undefined)?.[key];
      if (i === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Messages;
    });
  }
  return picked;
}

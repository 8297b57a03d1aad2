import { createRequire } from "node:module";

/**
 * What Chromium asks of the portal in the opening-morning journey (issue 14, ADR 155): a phone
 * (Pixel 7 viewport), JavaScript on, a candidate with a complete draft in an open batch opens
 * /login, signs in with the password form, lands on /me, taps 查看详情, taps 继续填报 (the
 * draft's next step is the review), taps 提交报名 and lands back on the application's page.
 *
 * One list for two readers: tests/e2e/journey-requests.spec.ts walks the journey in Chromium and
 * fails when what the browser sent differs from it (method, path, query keys and every header that
 * changes the server's work, `_rsc` included); bench/morning/journey.ts replays it per candidate.
 * Static files (/_next/static, fonts, icons) are not in it: the spec counts them, the bench leaves
 * them out as it always did (they never reach the app's code, ADR 088).
 *
 * Each step is one page the candidate sees: the requests that bring it (`main`, in order: the
 * candidate waits for them) and the prefetches its links in view start (`prefetch`, in any order).
 * Since ADR 158 no link prefetches unless it says so (components/layout/plain-link.tsx,
 * i18n/navigation.ts), and none on this journey does: every `prefetch` list is empty. Before, a
 * phone sent 51 here (ADR 155): a `<Link>` to a static page its route tree
 * (`Next-Router-Segment-Prefetch: /_tree`), to a dynamic page the head after it
 * (`Next-Router-Prefetch: 1`, state tree `["",{},null,"metadata-only"]`), and after the login
 * the login page's links again. A link given `prefetch` would bring those back here, and the
 * spec would name them.
 *
 * The login's server action redirects (`signIn(… redirectTo: "/me")`): Next answers the POST
 * with /me's RSC payload, which it renders by an internal GET of /me with `RSC: 1`
 * (action-handler.js `createRedirectRenderResult`), so the browser asks for no /me of its own.
 */

/** `<id>` in a path or a header stands for the candidate's application id. */
export const ID = "<id>";

export type JourneyRequestKind = "document" | "action" | "navigation" | "image" | "api" | "prefetch-tree" | "prefetch-head";

export interface JourneyRequest {
  kind: JourneyRequestKind;
  method: "GET" | "POST";
  /** Path without query; `<id>` for the application id. */
  path: string;
  /** Query keys the browser adds (values vary: `_rsc` is computed from the headers below, `v` is the photo's size). */
  query: string[];
  /** The headers that change the server's work, lower case, as the browser sends them (the state tree decoded). */
  headers: Record<string, string>;
  /**
   * `race`: sent or not as a race in the browser goes (the prefetches again after the login);
   * the bench sends it. `unlessRaced`: sent only when the race sent no tree of the same path
   * (the browser then has it); the bench does not send it.
   */
  when?: "race" | "unlessRaced";
  /**
   * The browser sometimes asks twice in a row: the review's photo (its answer is `no-store`, and
   * the `<img>` can be put in the page twice while the navigation renders; seen in 2 of ~12 runs).
   * The bench asks once.
   */
  mayRepeat?: true;
}

export interface JourneyStep {
  name: "login page" | "login" | "application" | "review" | "submit";
  /** What the candidate does to get this page. */
  does: string;
  /** In order; the candidate waits for each. */
  main: JourneyRequest[];
  /** Started by the page's links in view, after it shows; any order. */
  prefetch: JourneyRequest[];
}

const DOCUMENT_ACCEPT =
  "text/html,application/xhtml+xml,application/xml;q=0.9,image/jxl,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
const IMAGE_ACCEPT = "image/jxl,image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";

/** The router state tree of a page the candidate is on (what `Next-Router-State-Tree` carries), without `refetch`. */
const segment = (name: string, children?: string) => `[${name},{${children ? `"children":${children}` : ""}},null,null,0]`;
const page = `["__PAGE__",{},null,null,0]`;
const rootTree = (below: string) =>
  `["",{"children":[["locale","zh-CN","d",null],{"children":${below}},null,null,16]},null,null,16]`;

/**
 * The bare login page is prerendered (ADR 159): the browser's tree marks its segments so (Next's
 * flags 1024, and 1040 above them where 16 was).
 */
const LOGIN_TREE = `["",{"children":[["locale","zh-CN","d",null],{"children":["login",{"children":["__PAGE__",{},null,null,1024]},null,null,1024]},null,null,1040]},null,null,1040]`;
/**
 * A tap on a link Next did not prefetch (ADR 158) sends the tree of the page the candidate is on;
 * a prefetched one sent the target's, the changed segment marked "refetch" (ADR 155's list).
 */
const ME_TREE = rootTree(segment(`"me"`, page));
const APPLICATION_TREE = rootTree(
  `["me",{"children":["applications",{"children":[["id","${ID}","d",null],{"children":${page}},null,null,0]},null,null,0]},null,null,0]`,
);
const TO_APPLICATION_FROM_ME = ME_TREE;
const TO_REVIEW_FROM_APPLICATION = APPLICATION_TREE;
/** The review's `router.replace` to the application's page after submitting: the page under [id] is refetched. */
const TO_APPLICATION_FROM_REVIEW = rootTree(
  `["me",{"children":["applications",{"children":[["id","${ID}","d",null],{"children":["__PAGE__",{},null,"refetch",0]},null,null,0]},null,null,0]},null,null,0]`,
);

const nextUrl = (path: string) => `/zh-CN${path === "/" ? "" : path}`;

function navigation(path: string, stateTree: string, from: string): JourneyRequest {
  return {
    kind: "navigation",
    method: "GET",
    path,
    query: ["_rsc"],
    headers: { accept: "*/*", rsc: "1", "next-router-state-tree": stateTree, "next-url": nextUrl(from) },
  };
}

const APPLICATION = `/me/applications/${ID}`;
const REVIEW = `${APPLICATION}/edit/review`;

/** The login form's fields as the browser posts them (React's hidden inputs for the action first). */
export const LOGIN_FORM_FIELDS = [
  "$ACTION_REF_2",
  "$ACTION_2:0",
  "$ACTION_2:1",
  "$ACTION_KEY",
  "next",
  "login",
  "password",
  "totp",
];

export const JOURNEY: JourneyStep[] = [
  {
    name: "login page",
    does: "opens /login",
    main: [{ kind: "document", method: "GET", path: "/login", query: [], headers: { accept: DOCUMENT_ACCEPT } }],
    prefetch: [],
  },
  {
    name: "login",
    does: "signs in with the password form and lands on /me (the action's answer carries /me)",
    main: [
      {
        kind: "action",
        method: "POST",
        path: "/login",
        query: [],
        headers: { accept: "text/x-component", "next-action": "loginAction", "next-router-state-tree": LOGIN_TREE },
      },
    ],
    prefetch: [],
  },
  {
    name: "application",
    does: "taps 查看详情",
    main: [navigation(APPLICATION, TO_APPLICATION_FROM_ME, "/me")],
    prefetch: [],
  },
  {
    name: "review",
    does: "taps 继续填报 (the draft is complete: its next step is the review)",
    main: [
      navigation(REVIEW, TO_REVIEW_FROM_APPLICATION, APPLICATION),
      {
        kind: "image",
        method: "GET",
        path: `/api/applications/${ID}/attachments/PHOTO`,
        query: ["v"],
        headers: { accept: IMAGE_ACCEPT },
        mayRepeat: true,
      },
    ],
    prefetch: [],
  },
  {
    name: "submit",
    does: "taps 提交报名 and lands on the application's page",
    main: [
      { kind: "api", method: "POST", path: `/api/applications/${ID}/submit`, query: [], headers: { accept: "*/*" } },
      navigation(APPLICATION, TO_APPLICATION_FROM_REVIEW, REVIEW),
    ],
    prefetch: [],
  },
];

/** The headers the spec compares (and the bench sends), lower case; `next-action` by the action's name. */
export const WORK_HEADERS = [
  "accept",
  "rsc",
  "next-action",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
  "next-url",
] as const;

/** `<id>` replaced by the application's id, in the path and the headers. */
export function forApplication(request: JourneyRequest, applicationId: string): JourneyRequest {
  const fill = (text: string) => text.replaceAll(ID, applicationId);
  return {
    ...request,
    path: fill(request.path),
    headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, fill(value)])),
  };
}

const require = createRequire(import.meta.url);
const cacheBusting = require("next/dist/shared/lib/router/utils/cache-busting-search-param") as {
  computeCacheBustingSearchParam: (
    prefetch: string | undefined,
    segmentPrefetch: string | undefined,
    stateTree: string | undefined,
    nextUrl: string | undefined,
  ) => Promise<string>;
};

/**
 * The `_rsc` value the browser puts on an RSC request: Next's hash of the headers that vary the
 * answer (the server checks it and answers 307 to anything else). The state tree as sent, encoded.
 */
export function rscSearchParam(headers: Record<string, string>): Promise<string> {
  const tree = headers["next-router-state-tree"];
  return cacheBusting.computeCacheBustingSearchParam(
    headers["next-router-prefetch"],
    headers["next-router-segment-prefetch"],
    tree === undefined ? undefined : encodeURIComponent(tree),
    headers["next-url"],
  );
}

/** A short name for reports: "prefetch-head GET /me/applications/<id>". */
export const describe = (request: Pick<JourneyRequest, "kind" | "method" | "path">) =>
  `${request.kind} ${request.method} ${request.path}`;

/** What the bench sends for a step's prefetches: the race's requests all, none that only stand in for them. */
export const replayedPrefetches = (step: JourneyStep) => step.prefetch.filter((request) => request.when !== "unlessRaced");

/** The requests of one journey that the bench sends. */
export const journeyRequestCount = () =>
  JOURNEY.reduce((sum, step) => sum + step.main.length + replayedPrefetches(step).length, 0);

/** Of them, the race's (after the login). */
export const raceRequestCount = () =>
  JOURNEY.reduce((sum, step) => sum + step.prefetch.filter((request) => request.when === "race").length, 0);

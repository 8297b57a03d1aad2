import "server-only";
import { publicOrigin } from "@/lib/server/http/public-origin";

export interface RelyingParty {
  /** The WebAuthn RP ID: the public origin's host name, without port. */
  rpID: string;
  /** The exact origin the browser reports in clientDataJSON. */
  origin: string;
}

/** From PORTAL_BASE_URL, else the Host the browser asked for (lib/server/http/public-origin.ts). */
export function relyingParty(headers: Headers): RelyingParty {
  const origin = publicOrigin(headers);
  return { rpID: new URL(origin).hostname, origin };
}

export const RP_NAME = "四川省职业技能鉴定报名平台";

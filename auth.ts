import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import "next-auth/jwt";
import { authenticateBySmsCode } from "@/lib/server/accounts/sms-login";
import { authenticate } from "@/lib/server/auth/authenticate";
import { gateLogin } from "@/lib/server/auth/totp-login";
import { clientIp } from "@/lib/server/http/client-ip";
import { passkeyChallengeIdFrom, parseAssertion } from "@/lib/server/passkeys/passkey-cookie";
import { authenticateByPasskey } from "@/lib/server/passkeys/passkey-login";
import { relyingParty } from "@/lib/server/passkeys/relying-party";
import { readSessionToken } from "@/lib/server/auth/session-token";
import { writeSignedInHint } from "@/lib/server/auth/signed-in-hint-cookie";

declare module "next-auth" {
  interface User {
    kind?: string;
    sessionVersion?: number;
  }
  interface Session {
    sv?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    kind?: string;
    sv?: number;
  }
}

class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
}
/** Past the per-account threshold: the password alone does not open it (ADR 054). */
class AccountProtected extends CredentialsSignin {
  override code = "account_protected";
}
/** Staff with a second factor: the login form's optional code field was empty. */
class TotpRequired extends CredentialsSignin {
  override code = "totp_required";
}
class TotpInvalid extends CredentialsSignin {
  override code = "totp_invalid";
}

/**
 * next-auth v5 with credentials and JWT sessions. The JWT only carries the user id and a session
 * version; lib/server/auth/session.ts reloads the user on every request and refuses a JWT whose
 * version is older than the database's (logout and password change bump it).
 */
const nextAuth = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { login: {}, password: {}, totp: {} },
      async authorize(credentials, request) {
        const login = typeof credentials.login === "string" ? credentials.login : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const totp = typeof credentials.totp === "string" ? credentials.totp : "";
        const ip = clientIp(request.headers);
        const result = await authenticate(login, password, ip);
        if (!result.ok) {
          if (result.reason === "rate-limited") throw new RateLimited();
          if (result.reason === "account-protected") throw new AccountProtected();
          return null;
        }
        // Second step (ADR 011): disabled accounts, the staff second factor, staff login audit.
        const gate = await gateLogin(result.user.id, totp, ip);
        if (!gate.ok) {
          if (gate.reason === "rate-limited") throw new RateLimited();
          if (gate.reason === "required") throw new TotpRequired();
          if (gate.reason === "invalid") throw new TotpInvalid();
          return null;
        }
        return { id: result.user.id, name: result.user.displayName, kind: result.user.kind, sessionVersion: gate.sessionVersion };
      },
    }),
    // Issue 10: "短信验证码登录" for candidates with a verified mobile; its own limits, not the
    // password's per-account lockout (lib/server/accounts/sms-login.ts).
    Credentials({
      id: "sms-code",
      credentials: { login: {}, code: {} },
      async authorize(credentials, request) {
        const login = typeof credentials.login === "string" ? credentials.login : "";
        const code = typeof credentials.code === "string" ? credentials.code : "";
        const ip = clientIp(request.headers);
        const result = await authenticateBySmsCode(login, code, ip);
        if (!result.ok) {
          if (result.reason === "rate-limited") throw new RateLimited();
          return null;
        }
        const gate = await gateLogin(result.user.id, "", ip);
        if (!gate.ok) return null;
        return { id: result.user.id, name: result.user.displayName, kind: result.user.kind, sessionVersion: gate.sessionVersion };
      },
    }),
    // Issue 16 item 9: 「使用通行密钥登录」 (ADR 114). The assertion is checked against the challenge
    // whose id this browser's httpOnly cookie holds, never one named in the form.
    Credentials({
      id: "passkey",
      credentials: { response: {} },
      async authorize(credentials, request) {
        const response = parseAssertion(credentials.response);
        const challengeId = passkeyChallengeIdFrom(request.headers.get("cookie"));
        if (!response || !challengeId) return null;
        const ip = clientIp(request.headers);
        const result = await authenticateByPasskey(challengeId, response, ip, relyingParty(request.headers));
        if (!result.ok) {
          if (result.reason === "rate-limited") throw new RateLimited();
          return null;
        }
        const gate = await gateLogin(result.user.id, "", ip);
        if (!gate.ok) return null;
        return { id: result.user.id, name: result.user.displayName, kind: result.user.kind, sessionVersion: gate.sessionVersion };
      },
    }),
  ],
  // The header's "signed in as" hint for pages cached for everyone (ADR 089): no secret, kind only.
  events: {
    async signIn({ user }) {
      await writeSignedInHint(user.kind);
    },
    async signOut() {
      await writeSignedInHint(undefined);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.kind = user.kind;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid) session.user.id = token.uid;
      session.sv = token.sv;
      return session;
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;

/**
 * This request's session as next-auth's `auth()` would give it (the `session` callback above:
 * user id and session version), read straight from the JWT: lib/server/auth/session-token.ts
 * says why. lib/server/auth/session.ts is its one caller and checks the version in the database.
 */
export async function auth(): Promise<{ user: { id: string }; sv?: number } | null> {
  const token = await readSessionToken();
  return token?.uid ? { user: { id: token.uid }, sv: token.sv } : null;
}

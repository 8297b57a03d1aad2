/**
 * Failed-login limits (issue 3, ASVS 2.2.1). The tight limit is per account *and* IP, so a
 * stranger elsewhere cannot lock a candidate out; a looser per-account limit still slows a
 * guesser who rotates addresses, and a per-IP limit slows one who rotates accounts.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_LIMITS = {
  accountAndIp: 5,
  account: 30,
  ip: 50,
} as const;

export function loginKeys(login: string, ip: string) {
  const account = login;
  return {
    accountAndIp: `login:acct-ip:${account}:${ip}`,
    account: `login:acct:${account}`,
    ip: `login:ip:${ip}`,
  };
}

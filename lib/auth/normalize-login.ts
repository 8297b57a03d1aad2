/** Candidates log in with their ID number (x → X); institution and staff with a username (case-insensitive). */
export function normalizeLogin(raw: string): string {
  const value = raw.trim();
  return /^\d{17}[\dxX]$/.test(value) ? value.toUpperCase() : value.toLowerCase();
}

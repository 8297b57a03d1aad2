import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/**
 * Issue 10 item 7: a password must not be guessable. zxcvbn-ts with its common-password and
 * English dictionaries scores it (0–4); below 3 it is refused. The person's own ID number, birth
 * date and mobile go in as user inputs, so `a19900307` is as weak as `password1`.
 * Server only: the dictionaries are about a megabyte and stay out of client bundles.
 */
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

export const MIN_PASSWORD_SCORE = 3;

/** Why a password is refused, as a message key, or null when it is strong enough. */
export type WeakReason = "identity.password.personal" | "identity.password.weak";

/** The variants of one's own data that a guesser tries first: ID number, its birth date, mobile. */
export function personalInputs(data: { idNumber?: string | null; mobile?: string | null; birthDate?: string | null }): string[] {
  const inputs: string[] = [];
  const id = data.idNumber?.trim().toUpperCase();
  if (id) {
    inputs.push(id, id.slice(-6), id.slice(-4));
    if (id.length === 18) {
      const birth = id.slice(6, 14);
      inputs.push(birth, birth.slice(2), birth.slice(4));
    }
  }
  const birthDate = data.birthDate?.replaceAll("-", "");
  if (birthDate) inputs.push(birthDate, birthDate.slice(2), birthDate.slice(4));
  const mobile = data.mobile?.trim();
  if (mobile) inputs.push(mobile, mobile.slice(-8), mobile.slice(-4));
  return [...new Set(inputs.filter((v) => v.length >= 4))];
}

/** The digits of the password, in runs of 4 or more, that come from the person's own data. */
function containsPersonal(password: string, inputs: readonly string[]): boolean {
  const lower = password.toLowerCase();
  return inputs.some((input) => input.length >= 6 && lower.includes(input.toLowerCase()));
}

export function passwordWeakness(password: string, inputs: readonly string[] = []): WeakReason | null {
  if (containsPersonal(password, inputs)) return "identity.password.personal";
  const result = zxcvbn.check(password.slice(0, 128), [...inputs]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const personal = result.sequence.some((match) => match.pattern === "dictionary" && match.dictionaryName === "userInputs");
  return personal ? "identity.password.personal" : "identity.password.weak";
}

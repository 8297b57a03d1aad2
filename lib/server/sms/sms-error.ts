/**
 * A message that did not go out. `kind` decides what the person is told: `limited` (the
 * provider's per-number limit), `number` (not a mobile it can reach), anything else means
 * "try again later" and is logged for the operator.
 */
export type SmsErrorKind = "limited" | "number" | "config" | "unavailable";

export class SmsError extends Error {
  constructor(
    readonly kind: SmsErrorKind,
    readonly providerCode: string,
    message: string,
  ) {
    super(message);
    this.name = "SmsError";
  }
}

"use server";

import { headers } from "next/headers";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { verifyCertificateSchema } from "@/lib/schemas/exam-verify-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { verifyCertificateByNumber, type CertificateVerification } from "@/lib/server/certificates/verify-certificate";
import { clientIp } from "@/lib/server/http/client-ip";

/** 九 证书核验 (public, POST): number + name, counted per IP so the register cannot be swept. */
export async function verifyCertificateAction(
  _previous: ActionResult<CertificateVerification> | null,
  formData: FormData,
): Promise<ActionResult<CertificateVerification>> {
  const values = formValues(formData, ["certificateNumber", "name"]);
  try {
    const parsed = verifyCertificateSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const ip = clientIp(await headers());
    return succeed(await verifyCertificateByNumber(parsed.data.certificateNumber, parsed.data.name, ip, now()));
  } catch (error) {
    return actionFailure(error, values);
  }
}

import { useTranslations } from "next-intl";
import type { CertificateVerification } from "@/lib/server/certificates/verify-certificate";
import { VerifyResult } from "./verify-result";

/**
 * 九 电子证书核验's answer, the same whether the certificate's QR was scanned (the page) or its
 * number and name were typed (the form): valid with the masked details, or not valid.
 */
export function CertificateVerdict({ result }: { result: CertificateVerification }) {
  const t = useTranslations("publicNotice.verify");
  return result.valid ? (
    <VerifyResult
      valid
      title={t("certificateValid")}
      rows={[
        [t("certificateNumber"), result.certificateNumber],
        [t("name"), result.maskedName],
        [t("project"), result.project],
        [t("issuedOn"), result.issuedOn],
      ]}
    />
  ) : (
    <VerifyResult valid={false} title={t("certificateInvalid")} rows={[]} note={t("certificateInvalidNote")} />
  );
}

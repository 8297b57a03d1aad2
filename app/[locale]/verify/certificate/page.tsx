import { getTranslations } from "next-intl/server";
import { VerifyCertificateForm } from "@/app/[locale]/verify/certificate/_components/verify-certificate-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { CertificateVerdict } from "@/components/public/certificate-verdict";
import { verifyCertificateToken } from "@/lib/server/certificates/verify-certificate";
import { openVerifyPage, verifyMetadata, type VerifyPageProps } from "../verify-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => verifyMetadata("certificateTitle");

/** 九 电子证书核验: by the certificate's QR (token in the URL) or by number + name (form, POST). */
export default async function VerifyCertificatePage(props: VerifyPageProps) {
  const { t, token } = await openVerifyPage(props);
  const tp = await getTranslations("publicNav");
  const scanned = token ? await verifyCertificateToken(token) : null;
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("certificateTitle")}</h1>
      <p className="text-slate-700">{tp("verifyScope")}</p>
      {scanned ? <CertificateVerdict result={scanned} /> : null}
      <h2 className="text-lg font-semibold">{t("byNumber")}</h2>
      <p className="text-slate-700">{t("byNumberIntro")}</p>
      <ClientMessages namespaces={["publicNotice.verify", "errors"]}>
        <VerifyCertificateForm />
      </ClientMessages>
    </div>
  );
}

import "server-only";
import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { CENTER_NAME } from "./center";
import { assertMaskedIdNumber, chineseDate, verificationUrl } from "./document-values";
import { photoSource, type PhotoDto } from "./photo";
import { qrPng } from "./qr";
import { renderPdf } from "./render";
import { LINE, base } from "./styles";

export interface CertificateDto {
  certificateNumber: string;
  name: string;
  maskedIdNumber: string;
  projectName: string;
  /** 0–100 (八); printed only when given, since certificates usually state the ability, not the mark. */
  score?: number;
  /** YYYY-MM-DD */
  issuedOn: string;
  photo: PhotoDto | null;
  qrToken: string;
}

const s = StyleSheet.create({
  page: { padding: 22 },
  outer: { flexGrow: 1, borderWidth: 3, borderColor: "#8a6d1f", padding: 4 },
  inner: {
    flexGrow: 1,
    borderWidth: 0.75,
    borderColor: "#8a6d1f",
    paddingVertical: 30,
    paddingHorizontal: 56,
    fontSize: 10.5,
    lineHeight: LINE,
  },
  title: { fontSize: 34, lineHeight: LINE, fontWeight: 700, textAlign: "center" },
  subtitle: { fontSize: 11, lineHeight: LINE, textAlign: "center", color: "#555", marginBottom: 22 },
  body: { flexDirection: "row", gap: 36, flexGrow: 1, alignItems: "center" },
  side: { width: 110, alignItems: "center" },
  photo: { width: 105, height: 140, objectFit: "cover", borderWidth: 0.75, borderColor: "#000" },
  qr: { width: 90, height: 90, marginTop: 18 },
  caption: { fontSize: 8, lineHeight: LINE, textAlign: "center", marginTop: 2 },
  main: { flexGrow: 1, flexBasis: 0 },
  statement: { fontSize: 16, lineHeight: 1.9, marginBottom: 18 },
  field: { flexDirection: "row", fontSize: 13.5, lineHeight: LINE, marginBottom: 7 },
  label: { width: 90, color: "#333" },
  value: { flexGrow: 1, flexBasis: 0, fontWeight: 700 },
  issuer: { marginTop: 22, alignItems: "flex-end", fontSize: 14, lineHeight: LINE },
  note: { fontSize: 8, lineHeight: LINE, color: "#555", textAlign: "center", marginTop: 10 },
});

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View style={s.field}>
      <Text style={s.label}>{label}</Text>
      <Text style={s.value}>{value}</Text>
    </View>
  );
}

/**
 * 专项职业能力证书 (九), one A4 landscape page: the printable twin of the electronic
 * certificate. Its QR code opens `<baseUrl>/verify/certificate?token=…`, so anyone holding
 * the paper can check it against the portal. No seal is drawn: the paper copy is stamped by
 * hand, and an imitation seal on a generated file would invite forgeries.
 */
export async function renderCertificatePdf(dto: CertificateDto, baseUrl: string): Promise<Buffer> {
  assertMaskedIdNumber(dto.maskedIdNumber);
  // Checked before React: an error thrown inside react-pdf's reconciler surfaces as a TypeError.
  const photo = dto.photo ? photoSource(dto.photo) : null;
  const qr = qrPng(verificationUrl(baseUrl, "certificate", dto.qrToken));
  return renderPdf(
    <Document title="专项职业能力证书" author={CENTER_NAME} creator={CENTER_NAME} producer={CENTER_NAME} language="zh-CN">
      <Page size="A4" orientation="landscape" style={[base.page, s.page]}>
        <View style={s.outer}>
          <View style={s.inner}>
            <Text style={s.title}>专项职业能力证书</Text>
            <Text style={s.subtitle}>Certificate of Special Vocational Ability</Text>
            <View style={s.body}>
              <View style={s.side}>
                {photo ? (
                  // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt text; the PDF is printed
                  <Image style={s.photo} src={photo} />
                ) : (
                  <View style={[s.photo, base.photoPlaceholder]}>
                    <Text>照片</Text>
                  </View>
                )}
                {/* eslint-disable-next-line jsx-a11y/alt-text -- as above */}
                <Image style={s.qr} src={qr} />
                <Text style={s.caption}>扫码核验证书</Text>
              </View>
              <View style={s.main}>
                <Text style={s.statement}>
                  {dto.name}经考核，具备{dto.projectName}专项职业能力，特发此证。
                </Text>
                <Field label="姓　　名" value={dto.name} />
                <Field label="身份证号" value={dto.maskedIdNumber} />
                <Field label="考核项目" value={dto.projectName} />
                {dto.score === undefined ? null : <Field label="考核成绩" value={`${dto.score}分`} />}
                <Field label="证书编号" value={dto.certificateNumber} />
                <Field label="发证日期" value={chineseDate(dto.issuedOn, false)} />
                <View style={s.issuer}>
                  <Text>发证机构：{CENTER_NAME}</Text>
                </View>
              </View>
            </View>
            <Text style={s.note}>扫描左侧二维码，可在{CENTER_NAME}报名平台在线核验本证书真伪。</Text>
          </View>
        </View>
      </Page>
    </Document>,
  );
}

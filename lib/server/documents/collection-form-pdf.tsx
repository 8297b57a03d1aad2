import "server-only";
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { CENTER_NAME } from "./center";
import { assertMaskedIdNumber } from "./document-values";
import { renderPdf } from "./render";
import { LINE, base } from "./styles";
import { HeaderRow, Row, type Column } from "./table";

export interface CertificateCollectionFormDto {
  institutionName: string;
  batchLabel: string;
  projectName: string;
  /** A whole batch's form (issue 13 item 2) names each row's project in its own column. */
  rows: readonly { name: string; maskedIdNumber: string; certificateNumber: string; projectName?: string }[];
}

const COLUMNS: readonly Column[] = [
  { title: "序号", width: 36 },
  { title: "姓名", width: 80 },
  { title: "身份证号", width: 130 },
  { title: "证书编号", width: 120 },
  { title: "备注", width: "grow" },
];

const BATCH_COLUMNS: readonly Column[] = [
  { title: "序号", width: 32 },
  { title: "考核项目", width: 110 },
  { title: "姓名", width: 70 },
  { title: "身份证号", width: 120 },
  { title: "证书编号", width: 100 },
  { title: "备注", width: "grow" },
];

const s = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 48, paddingHorizontal: 44 },
  title: { fontSize: 18, lineHeight: LINE, fontWeight: 700, textAlign: "center", marginBottom: 12 },
  meta: { flexDirection: "row", flexWrap: "wrap", marginBottom: 8 },
  metaItem: { width: "50%", marginBottom: 3 },
  center: { textAlign: "center" },
  sign: { marginTop: 22, flexDirection: "row", gap: 20 },
  signLines: { flexGrow: 1, flexBasis: 0, gap: 16 },
  stamp: {
    width: 130,
    height: 130,
    borderWidth: 0.75,
    borderStyle: "dashed",
    borderColor: "#000",
    alignItems: "center",
    justifyContent: "center",
  },
  stampText: { color: "#555", textAlign: "center" },
  note: { marginTop: 14, fontSize: 9, lineHeight: LINE, color: "#444" },
  // No lineHeight: see styles.ts (a render-prop Text with one is not drawn).
  pageNo: { position: "absolute", bottom: 22, left: 0, right: 0, textAlign: "center", fontSize: 9 },
});

/**
 * 四川核发专项职业能力证书登记表 (九): the list an institution's envoy brings to the center,
 * signed by the institution's head and stamped, to collect its candidates' paper
 * certificates. Rows are never split from their cells; the header repeats on every page and
 * the signature and stamp block is kept together on the last.
 */
export async function renderCertificateCollectionFormPdf(dto: CertificateCollectionFormDto): Promise<Buffer> {
  for (const r of dto.rows) assertMaskedIdNumber(r.maskedIdNumber);
  const wholeBatch = dto.rows.some((r) => r.projectName !== undefined);
  const columns = wholeBatch ? BATCH_COLUMNS : COLUMNS;
  return renderPdf(
    <Document
      title="四川核发专项职业能力证书登记表"
      author={CENTER_NAME}
      creator={CENTER_NAME}
      producer={CENTER_NAME}
      language="zh-CN"
    >
      <Page size="A4" style={[base.page, s.page]}>
        <View style={base.text}>
          <Text style={s.title}>四川核发专项职业能力证书登记表</Text>
          <View style={s.meta}>
            <Text style={s.metaItem}>报名机构：{dto.institutionName}</Text>
            <Text style={s.metaItem}>考核批次：{dto.batchLabel}</Text>
            <Text style={s.metaItem}>考核项目：{dto.projectName}</Text>
            <Text style={s.metaItem}>证书数量：{dto.rows.length} 本</Text>
          </View>
          <HeaderRow columns={columns} />
          {dto.rows.map((r, i) => (
            <Row
              key={r.certificateNumber}
              columns={columns}
              minHeight={24}
              cells={[
                <Text key="n" style={s.center}>
                  {i + 1}
                </Text>,
                ...(wholeBatch ? [r.projectName ?? ""] : []),
                r.name,
                r.maskedIdNumber,
                r.certificateNumber,
                "",
              ]}
            />
          ))}
          <View wrap={false}>
            <View style={s.sign}>
              <View style={s.signLines}>
                <Text>报名机构负责人（签字）：________________</Text>
                <Text>领证人（签字）：________________　联系电话：________________</Text>
                <Text>领取日期：______年____月____日</Text>
                <Text>省职鉴中心经办人（签字）：________________</Text>
              </View>
              <View style={s.stamp}>
                <Text style={s.stampText}>报名机构公章</Text>
              </View>
            </View>
            <Text style={s.note}>
              说明：本表原件须经报名机构负责人签字并加盖公章，由报名机构派专人持本表到{CENTER_NAME}
              办理证书；报名机构须及时将证书发放给考生本人，并做好证书台账登记，确保纸质证书去向可查。
            </Text>
          </View>
        </View>
        <Text style={s.pageNo} fixed render={({ pageNumber, totalPages }) => `第 ${pageNumber} 页，共 ${totalPages} 页`} />
      </Page>
    </Document>,
  );
}

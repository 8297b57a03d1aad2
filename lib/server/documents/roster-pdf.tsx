import "server-only";
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { CENTER_NAME } from "./center";
import { renderPdf } from "./render";
import { LINE, base } from "./styles";
import { HeaderRow, Row, type Column } from "./table";

export interface RosterPdfDto {
  institutionName: string;
  batchLabel: string;
  /** Sorted by project, then name (the caller's order is kept). */
  rows: readonly {
    name: string;
    sex: string;
    idNumber: string;
    mobile: string;
    projectName: string;
    education: string;
    school: string;
  }[];
}

const COLUMNS: readonly Column[] = [
  { title: "序号", width: 32 },
  { title: "姓名", width: 70 },
  { title: "性别", width: 34 },
  { title: "身份证号码", width: 136 },
  { title: "手机号码", width: 84 },
  { title: "申报项目", width: "grow" },
  { title: "学历", width: 56 },
  { title: "毕业学校", width: 120 },
];

const s = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 44, paddingHorizontal: 36 },
  title: { fontSize: 18, lineHeight: LINE, fontWeight: 700, textAlign: "center", marginBottom: 10 },
  meta: { flexDirection: "row", flexWrap: "wrap", marginBottom: 8 },
  metaItem: { width: "33%", marginBottom: 3 },
  center: { textAlign: "center" },
  sign: { marginTop: 20, flexDirection: "row", gap: 20 },
  signLines: { flexGrow: 1, flexBasis: 0, gap: 14 },
  stamp: {
    width: 120,
    height: 120,
    borderWidth: 0.75,
    borderStyle: "dashed",
    borderColor: "#000",
    alignItems: "center",
    justifyContent: "center",
  },
  stampText: { color: "#555", textAlign: "center" },
  note: { marginTop: 12, fontSize: 9, lineHeight: LINE, color: "#444" },
  // No lineHeight: see styles.ts (a render-prop Text with one is not drawn).
  pageNo: { position: "absolute", bottom: 20, left: 0, right: 0, textAlign: "center", fontSize: 9 },
});

/**
 * 考核人员花名册 (四(一)2, issue 13 item 7): the institution's submitted candidates of one batch,
 * A4 landscape, ready to stamp and send on paper by the end of registration. The center checks
 * it against the portal, so it carries full ID numbers: it is the institution's own list of the
 * people it registered, printed for its own seal.
 */
export async function renderRosterPdf(dto: RosterPdfDto): Promise<Buffer> {
  return renderPdf(
    <Document title="考核人员花名册" author={dto.institutionName} creator={CENTER_NAME} producer={CENTER_NAME} language="zh-CN">
      <Page size="A4" orientation="landscape" style={[base.page, s.page]}>
        <View style={base.text}>
          <Text style={s.title}>考核人员花名册</Text>
          <View style={s.meta}>
            <Text style={s.metaItem}>报名机构（盖章）：{dto.institutionName}</Text>
            <Text style={s.metaItem}>考核批次：{dto.batchLabel}</Text>
            <Text style={s.metaItem}>报名人数：{dto.rows.length} 人</Text>
          </View>
          <HeaderRow columns={COLUMNS} />
          {dto.rows.map((r, i) => (
            <Row
              key={`${r.idNumber}-${r.projectName}`}
              columns={COLUMNS}
              minHeight={22}
              cells={[
                <Text key="n" style={s.center}>
                  {i + 1}
                </Text>,
                r.name,
                <Text key="sex" style={s.center}>
                  {r.sex}
                </Text>,
                r.idNumber,
                r.mobile,
                r.projectName,
                r.education,
                r.school,
              ]}
            />
          ))}
          <View wrap={false}>
            <View style={s.sign}>
              <View style={s.signLines}>
                <Text>报名机构负责人（签字）：________________　经办人（签字）：________________</Text>
                <Text>联系电话：________________　日期：______年____月____日</Text>
              </View>
              <View style={s.stamp}>
                <Text style={s.stampText}>报名机构公章</Text>
              </View>
            </View>
            <Text style={s.note}>
              说明：本花名册由报名机构根据已提交的考生信息生成，经核对无误、负责人签字并加盖公章后，于报名截止日前与《专项职业能力考核报名质量责任承诺书》原件一并报送
              {CENTER_NAME}进行资格复审（公告四(一)2）。
            </Text>
          </View>
        </View>
        <Text style={s.pageNo} fixed render={({ pageNumber, totalPages }) => `第 ${pageNumber} 页，共 ${totalPages} 页`} />
      </Page>
    </Document>,
  );
}

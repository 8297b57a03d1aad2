import "server-only";
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { CENTER_NAME } from "./center";
import { renderPdf } from "./render";
import { LINE, base } from "./styles";

/**
 * The two blank forms a candidate signs and scans (四(二)2): 四川省专项职业能力考核个人申报表 and
 * 个人诚信承诺书. The center's official files live in its own system; these follow their fields
 * so a candidate on a phone is never stuck looking for them.
 */
export type BlankFormName = "application-form" | "honesty-pledge";

const s = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 48, paddingHorizontal: 54 },
  title: { fontSize: 18, lineHeight: LINE, fontWeight: 700, textAlign: "center", marginBottom: 18 },
  row: { flexDirection: "row", borderWidth: 0.75, borderColor: "#000", marginTop: -0.75, minHeight: 30 },
  label: { width: 120, padding: 6, borderRightWidth: 0.75, borderColor: "#000" },
  value: { flexGrow: 1, padding: 6 },
  paragraph: { marginBottom: 10 },
  sign: { marginTop: 36, alignItems: "flex-end", gap: 18 },
});

const APPLICATION_FIELDS = [
  "姓名",
  "性别",
  "身份证号码",
  "手机号码",
  "申报项目",
  "申报条件",
  "最高学历",
  "毕业学校及专业",
  "毕业时间",
  "工作单位及职业",
  "通讯地址",
  "主要工作（学习）经历",
];

const PLEDGE_TEXT = [
  "本人自愿参加四川省专项职业能力考核，并郑重承诺：",
  "一、本人提交的报名信息、照片和学历、身份等证明材料均真实、准确、有效，如有弄虚作假，愿按有关规定认定为不诚信行为，并承担由此产生的一切后果。",
  "二、本人将遵守考核纪律，服从考务人员管理，持准考证和有效二代身份证参加考核。",
  "三、本人已阅读并知晓《关于四川省2025年度21个专项职业能力考核项目省直考点统一考核的公告》的全部内容。",
];

function ApplicationForm() {
  return (
    <View style={base.text}>
      <Text style={s.title}>四川省专项职业能力考核个人申报表</Text>
      {APPLICATION_FIELDS.map((field) => (
        <View key={field} style={field === "主要工作（学习）经历" ? [s.row, { minHeight: 160 }] : s.row} wrap={false}>
          <Text style={s.label}>{field}</Text>
          <Text style={s.value}> </Text>
        </View>
      ))}
      <View style={s.sign}>
        <Text>申报人签名：＿＿＿＿＿＿＿＿</Text>
        <Text>日期：＿＿＿＿年＿＿月＿＿日</Text>
      </View>
    </View>
  );
}

function HonestyPledge() {
  return (
    <View style={base.text}>
      <Text style={s.title}>四川省专项职业能力考核个人诚信承诺书</Text>
      {PLEDGE_TEXT.map((paragraph) => (
        <Text key={paragraph} style={s.paragraph}>
          {paragraph}
        </Text>
      ))}
      <View style={s.sign}>
        <Text>承诺人签名（手印）：＿＿＿＿＿＿＿＿</Text>
        <Text>身份证号码：＿＿＿＿＿＿＿＿＿＿＿＿＿＿</Text>
        <Text>日期：＿＿＿＿年＿＿月＿＿日</Text>
      </View>
    </View>
  );
}

export async function renderBlankFormPdf(name: BlankFormName): Promise<Buffer> {
  return renderPdf(
    <Document
      title={name === "application-form" ? "个人申报表" : "个人诚信承诺书"}
      author={CENTER_NAME}
      creator={CENTER_NAME}
      producer={CENTER_NAME}
      language="zh-CN"
    >
      <Page size="A4" style={[base.page, s.page]}>
        {name === "application-form" ? <ApplicationForm /> : <HonestyPledge />}
      </Page>
    </Document>,
  );
}

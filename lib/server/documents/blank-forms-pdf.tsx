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
export type BlankFormName = "application-form" | "honesty-pledge" | "quality-pledge";

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

/**
 * 四(一)2: 专项职业能力考核报名质量责任承诺书（省、市统一考核）, which the institution stamps and
 * sends on paper by the end of registration ("双承诺制": it answers for the compliance of its
 * review). Issue 13 item 7: downloadable in the institution area.
 */
const QUALITY_PLEDGE_TEXT = [
  "我单位作为四川省省直属专项职业能力考核报名机构，严格执行“双承诺制”，郑重承诺：",
  "一、按照《关于四川省2025年度21个专项职业能力考核项目省直考点统一考核的公告》规定的申报条件，对本单位组织报名的考生逐一进行资格初审，对考生资格审核的合规性负责。",
  "二、报送的考生个人信息、照片、个人申报表、个人诚信承诺书、学历或学籍证明、身份证明等材料均经本单位核对，与原件一致，真实、完整、准确。",
  "三、本单位已取得考生对其个人信息用于本次报名、考核和证书核发的同意，并妥善保管考生个人信息，不用于其他用途。",
  "四、不以任何名义违规收取考生费用，不作与考核结果有关的承诺，不组织、不参与任何考核舞弊行为。",
  "五、如有违反上述承诺，自愿接受取消报名机构资格等处理，并承担相应责任。",
];

function QualityPledge() {
  return (
    <View style={base.text}>
      <Text style={s.title}>专项职业能力考核报名质量责任承诺书（省、市统一考核）</Text>
      {QUALITY_PLEDGE_TEXT.map((paragraph) => (
        <Text key={paragraph} style={s.paragraph}>
          {paragraph}
        </Text>
      ))}
      <View style={s.sign}>
        <Text>报名机构（公章）：＿＿＿＿＿＿＿＿＿＿＿＿</Text>
        <Text>法定代表人或负责人（签字）：＿＿＿＿＿＿＿＿</Text>
        <Text>考核批次：＿＿＿＿年第＿＿批次　报名人数：＿＿＿＿人</Text>
        <Text>日期：＿＿＿＿年＿＿月＿＿日</Text>
      </View>
    </View>
  );
}

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

const TITLES: Record<BlankFormName, string> = {
  "application-form": "个人申报表",
  "honesty-pledge": "个人诚信承诺书",
  "quality-pledge": "专项职业能力考核报名质量责任承诺书",
};

export async function renderBlankFormPdf(name: BlankFormName): Promise<Buffer> {
  return renderPdf(
    <Document title={TITLES[name]} author={CENTER_NAME} creator={CENTER_NAME} producer={CENTER_NAME} language="zh-CN">
      <Page size="A4" style={[base.page, s.page]}>
        {name === "application-form" ? <ApplicationForm /> : name === "honesty-pledge" ? <HonestyPledge /> : <QualityPledge />}
      </Page>
    </Document>,
  );
}

import "server-only";
import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { displayTicketNumber } from "@/lib/domain/ticket-number";
import { CENTER_NAME } from "./center";
import { assertMaskedIdNumber, chineseDate } from "./document-values";
import { photoSource, type PhotoDto } from "./photo";
import { renderPdf } from "./render";
import { LINE, base } from "./styles";
import { HeaderRow, Row, type Column } from "./table";

export interface SignInSheetDto {
  batchLabel: string;
  /** YYYY-MM-DD */
  examDate: string;
  siteName: string;
  room: string;
  /** 七: each project's session in this room, e.g. { projectName, time: "09:00—11:00" }. */
  examTimes: readonly { projectName: string; time: string }[];
  rows: readonly {
    seat: number | null;
    ticketNumber: string;
    name: string;
    maskedIdNumber: string;
    projectName: string;
    photo: PhotoDto | null;
  }[];
}

/** One time for the room: "09:00—11:00"; several: "09:00—11:00（项目甲）；14:00—16:00（项目乙）". */
export function examTimesLine(times: SignInSheetDto["examTimes"]): string {
  const byTime = new Map<string, string[]>();
  for (const t of times) byTime.set(t.time, [...(byTime.get(t.time) ?? []), t.projectName]);
  if (byTime.size === 0) return "待安排";
  if (byTime.size === 1) return [...byTime.keys()][0]!;
  return [...byTime.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([time, projects]) => `${time}（${projects.join("、")}）`)
    .join("；");
}

// A4 less margins is 523 pt; the signature keeps about 3 cm.
const COLUMNS: readonly Column[] = [
  { title: "座位号", width: 42 },
  { title: "照片", width: 52 },
  { title: "准考证号", width: 88 },
  { title: "姓名", width: 66 },
  { title: "身份证号", width: 104 },
  { title: "考核项目", width: 84 },
  { title: "考生签名", width: "grow" },
];

const s = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 44, paddingHorizontal: 36 },
  title: { fontSize: 18, lineHeight: LINE, fontWeight: 700, textAlign: "center" },
  issuer: { fontSize: 11, lineHeight: LINE, textAlign: "center", marginBottom: 10 },
  meta: { flexDirection: "row", flexWrap: "wrap", marginBottom: 8 },
  metaItem: { width: "50%", marginBottom: 3 },
  metaWide: { width: "100%", marginBottom: 3 },
  photo: { width: 42, height: 56, objectFit: "cover" },
  noPhoto: { fontSize: 8, lineHeight: LINE, color: "#555", textAlign: "center" },
  center: { textAlign: "center" },
  project: { fontSize: 9, lineHeight: LINE },
  footer: { marginTop: 18, flexDirection: "row", justifyContent: "space-between" },
  // No lineHeight: see styles.ts (a render-prop Text with one is not drawn).
  pageNo: { position: "absolute", bottom: 20, left: 0, right: 0, textAlign: "center", fontSize: 9 },
});

/**
 * 考生签到册 for one room on one exam day (四(一)2 and (二)2 name it among the photo's uses):
 * everyone seated there, whatever their project, so the invigilator at the door holds one list
 * (ADR 048). Staff compare each face with the photo and the ID card, and the candidate signs.
 * Rows are in seat order; a row without a seat goes last, so a late assignment still has a line.
 */
export async function renderSignInSheetPdf(dto: SignInSheetDto): Promise<Buffer> {
  for (const r of dto.rows) assertMaskedIdNumber(r.maskedIdNumber);
  // Photos are checked before React: an error thrown inside react-pdf's reconciler surfaces as a TypeError.
  const rows = [...dto.rows]
    .sort((a, b) => (a.seat ?? Number.MAX_SAFE_INTEGER) - (b.seat ?? Number.MAX_SAFE_INTEGER))
    .map((r) => ({ ...r, photo: r.photo ? photoSource(r.photo) : null }));
  const projects = [...new Set(rows.map((r) => r.projectName))];
  return renderPdf(
    <Document title="考生签到册" author={CENTER_NAME} creator={CENTER_NAME} producer={CENTER_NAME} language="zh-CN">
      <Page size="A4" style={[base.page, s.page]}>
        <View style={base.text}>
          <Text style={s.title}>专项职业能力考核考生签到册</Text>
          <Text style={s.issuer}>{CENTER_NAME}</Text>
          <View style={s.meta}>
            <Text style={s.metaItem}>考核批次：{dto.batchLabel}</Text>
            <Text style={s.metaItem}>考核日期：{chineseDate(dto.examDate)}</Text>
            <Text style={s.metaItem}>考点：{dto.siteName}</Text>
            <Text style={s.metaItem}>考场：{dto.room}</Text>
            <Text style={s.metaItem}>应到人数：{rows.length} 人</Text>
            <Text style={s.metaWide}>考核项目：{projects.join("、")}</Text>
            <Text style={s.metaWide}>考核时间：{examTimesLine(dto.examTimes)}</Text>
          </View>
          <HeaderRow columns={COLUMNS} />
          {rows.map((r) => (
            <Row
              key={r.ticketNumber}
              columns={COLUMNS}
              minHeight={64}
              cells={[
                <Text key="seat" style={s.center}>
                  {r.seat ?? "—"}
                </Text>,
                r.photo ? (
                  // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt text; the PDF is printed
                  <Image key="photo" style={s.photo} src={r.photo} />
                ) : (
                  <Text key="photo" style={s.noPhoto}>
                    无照片
                  </Text>
                ),
                displayTicketNumber(r.ticketNumber),
                r.name,
                r.maskedIdNumber,
                <Text key="project" style={s.project}>
                  {r.projectName}
                </Text>,
                "",
              ]}
            />
          ))}
          <View style={s.footer} wrap={false}>
            <Text>实到人数：______ 人　缺考人数：______ 人</Text>
            <Text>监考人员（签字）：________________</Text>
          </View>
        </View>
        <Text
          style={s.pageNo}
          fixed
          render={({ pageNumber, totalPages }) => `${dto.room} · 第 ${pageNumber} 页，共 ${totalPages} 页`}
        />
      </Page>
    </Document>,
  );
}

import "server-only";
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { CENTER_NAME } from "./center";
import { LINE, base } from "./styles";
import { HeaderRow, Row, type Column } from "./table";

const NUMBER_COLUMN: Column = { title: "序号", width: 32 };

const s = StyleSheet.create({
  portrait: { paddingTop: 40, paddingBottom: 48, paddingHorizontal: 44 },
  landscape: { paddingTop: 36, paddingBottom: 44, paddingHorizontal: 36 },
  title: { fontSize: 18, lineHeight: LINE, fontWeight: 700, textAlign: "center", marginBottom: 12 },
  meta: { flexDirection: "row", flexWrap: "wrap", marginBottom: 8 },
  metaItem: { marginBottom: 3 },
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

export interface TableDocumentProps {
  title: string;
  author: string;
  orientation?: "portrait" | "landscape";
  /** The lines above the table (报名机构, 考核批次, …), `metaPerLine` to a line. */
  meta: readonly string[];
  metaPerLine: number;
  /** The columns after 序号, which the frame numbers itself. */
  columns: readonly Column[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  rowMinHeight: number;
  /** The signature lines beside the institution's stamp box, kept with the note on the last page. */
  signLines: readonly string[];
  note: ReactNode;
}

/**
 * The frame of the lists an institution signs and stamps (考核人员花名册, 证书登记表): title, the
 * lines about the list, a numbered table whose header repeats on every page and whose rows never
 * split, then the signatures, the stamp box and the note kept together, and "第 n 页，共 m 页".
 */
export function TableDocument(props: TableDocumentProps) {
  const columns = [NUMBER_COLUMN, ...props.columns];
  const metaWidth = { width: `${Math.floor(100 / props.metaPerLine)}%` };
  const orientation = props.orientation ?? "portrait";
  return (
    <Document title={props.title} author={props.author} creator={CENTER_NAME} producer={CENTER_NAME} language="zh-CN">
      <Page size="A4" orientation={orientation} style={[base.page, s[orientation]]}>
        <View style={base.text}>
          <Text style={s.title}>{props.title}</Text>
          <View style={s.meta}>
            {props.meta.map((m) => (
              <Text key={m} style={[s.metaItem, metaWidth]}>
                {m}
              </Text>
            ))}
          </View>
          <HeaderRow columns={columns} />
          {props.rows.map((r, i) => (
            <Row
              key={r.key}
              columns={columns}
              minHeight={props.rowMinHeight}
              cells={[
                <Text key="n" style={s.center}>
                  {i + 1}
                </Text>,
                ...r.cells,
              ]}
            />
          ))}
          <View wrap={false}>
            <View style={s.sign}>
              <View style={s.signLines}>
                {props.signLines.map((line) => (
                  <Text key={line}>{line}</Text>
                ))}
              </View>
              <View style={s.stamp}>
                <Text style={s.stampText}>报名机构公章</Text>
              </View>
            </View>
            <Text style={s.note}>{props.note}</Text>
          </View>
        </View>
        <Text style={s.pageNo} fixed render={({ pageNumber, totalPages }) => `第 ${pageNumber} 页，共 ${totalPages} 页`} />
      </Page>
    </Document>
  );
}

/** A cell centred in its column (性别, short codes). */
export function Centered({ children }: { children: ReactNode }) {
  return <Text style={s.center}>{children}</Text>;
}

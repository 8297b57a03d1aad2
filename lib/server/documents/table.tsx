import "server-only";
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { LINE } from "./styles";

/**
 * Bordered tables for the lists staff print (登记表, 签到册). Each cell draws its right and
 * bottom edges, the first column its left, the header its top: no edge is drawn twice, and a
 * table split across pages still closes at every page's edge.
 */
const t = StyleSheet.create({
  row: { flexDirection: "row" },
  cell: {
    borderRightWidth: 0.75,
    borderBottomWidth: 0.75,
    borderColor: "#000",
    paddingHorizontal: 4,
    paddingVertical: 4,
    justifyContent: "center",
    fontSize: 10.5,
    lineHeight: LINE,
  },
  first: { borderLeftWidth: 0.75 },
  head: { borderTopWidth: 0.75, backgroundColor: "#eee", fontWeight: 700, textAlign: "center" },
});

export interface Column {
  title: string;
  width: number | "grow";
}

function widthOf(col: Column) {
  return col.width === "grow" ? { flexGrow: 1, flexBasis: 0 } : { width: col.width };
}

/** The header row; `fixed` repeats it at the top of every page the table runs onto. */
export function HeaderRow({ columns }: { columns: readonly Column[] }) {
  return (
    <View style={t.row} fixed>
      {columns.map((col, i) => (
        <Text key={col.title} style={[t.cell, t.head, widthOf(col), i === 0 ? t.first : {}]}>
          {col.title}
        </Text>
      ))}
    </View>
  );
}

/** One body row; a row never splits across pages (a name cut from its signature is useless). */
export function Row({
  columns,
  cells,
  minHeight,
}: {
  columns: readonly Column[];
  cells: readonly ReactNode[];
  minHeight?: number;
}) {
  return (
    <View style={[t.row, minHeight ? { minHeight } : {}]} wrap={false}>
      {columns.map((col, i) => (
        <View key={col.title} style={[t.cell, widthOf(col), i === 0 ? t.first : {}]}>
          {typeof cells[i] === "string" || typeof cells[i] === "number" ? <Text>{cells[i]}</Text> : cells[i]}
        </View>
      ))}
    </View>
  );
}

import os from "node:os";

/** One number of the bench, with its goal when the issue sets one. */
export interface Metric {
  part: string;
  name: string;
  /** Shown as is (already formatted with its unit). */
  value: string;
  goal?: string;
  /** undefined: no goal; the bench never fails on a missed goal, it prints ✗. */
  pass?: boolean;
  note?: string;
}

export function goal(pass: boolean): "✓" | "✗" {
  return pass ? "✓" : "✗";
}

function width(rows: string[][], column: number): number {
  return Math.max(...rows.map((row) => [...(row[column] ?? "")].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
}

function pad(text: string, size: number): string {
  const shown = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return text + " ".repeat(Math.max(0, size - shown));
}

function rowsOf(metrics: readonly Metric[]): string[][] {
  return metrics.map((m) => [m.part, m.name, m.value, m.goal ?? "", m.pass === undefined ? "" : goal(m.pass), m.note ?? ""]);
}

const HEADER = ["part", "measure", "value", "goal", "", "note"];

export function formatTable(metrics: readonly Metric[]): string {
  const rows = [HEADER, ...rowsOf(metrics)];
  const widths = HEADER.map((_, i) => width(rows, i));
  return rows
    .map(
      (row, r) =>
        row
          .map((cell, i) => pad(cell, widths[i] ?? 0))
          .join("  ")
          .trimEnd() + (r === 0 ? `\n${widths.map((w) => "-".repeat(w)).join("  ")}` : ""),
    )
    .join("\n");
}

export function markdownTable(metrics: readonly Metric[]): string {
  const escape = (text: string) => text.replace(/\|/g, "\\|");
  const lines = [`| ${HEADER.join(" | ")} |`, `|${HEADER.map(() => "---").join("|")}|`];
  for (const row of rowsOf(metrics)) lines.push(`| ${row.map(escape).join(" | ")} |`);
  return lines.join("\n");
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}, load average at start ${load}`;
}

export function printMetrics(title: string, metrics: readonly Metric[]): void {
  console.log(`\n${title}\n${formatTable(metrics)}\n`);
}

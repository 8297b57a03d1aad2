import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/**
 * Issue 16 item 7 (ADR 123): values for any stored message kind, so a spec can write one row of
 * each kind and look at it on /en. A select takes its first named case (the branch a default
 * value would skip), a plural a number; words shown as written are Chinese on purpose (the page
 * must mark them), a project is a catalog name (the page must translate it).
 */
export function sampleParams(message: string, name: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.select) {
        out[element.value] ??= Object.keys(element.options).find((o) => o !== "other") ?? "other";
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.plural) {
        out[element.value] = 2;
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.argument || element.type === TYPE.number) {
        out[element.value] ??= valueOf(element.value, name);
      } else if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return out;
}

function valueOf(arg: string, name: string): string | number {
  if (arg.endsWith("Fen")) return 15000;
  if (arg.endsWith("At")) return "2025-05-08T02:00:00.000Z";
  if (["year", "fromYear", "toYear"].includes(arg)) return 2025;
  if (["seq", "fromSeq", "toSeq", "count", "seat", "line", "projects", "score", "beforeScore", "afterScore"].includes(arg))
    return 5;
  if (arg === "project") return "大数据采集";
  if (arg === "evidence") return "毕业证书或学信网学历证明，须显示所学专业";
  if (arg === "name" || arg === "list" || arg === "collector") return name;
  if (arg === "detail" || arg === "site" || arg === "room") return "请写到门牌号";
  return `X-${arg}`;
}

import { getTranslations } from "next-intl/server";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { shortcutRows, type Shortcut, type ShortcutSet } from "./shortcuts";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

/**
 * The visible hint and the list of keys (`?` or a click opens it), from the same map the keys
 * use, so the help cannot drift from what the keys do. `without` drops commands a screen cannot
 * offer (the payment queue has no filters).
 */
export async function ShortcutHelp({ set, without = [] }: { set: ShortcutSet; without?: Shortcut[] }) {
  const t = await getTranslations("staff.keys");
  const rows = shortcutRows(set).filter((row) => !without.includes(row.shortcut));
  return (
    <details data-shortcut-help className="self-start rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
      <summary className="cursor-pointer text-slate-700">
        <span className="font-medium">{t("title")}</span> <span className="text-slate-600">{t("toggle")}</span>
      </summary>
      <Table className="mt-2 text-left">
        <THead className="sr-only">
          <TRow>
            <THeadCell scope="col">{t("key")}</THeadCell>
            <THeadCell scope="col">{t("does")}</THeadCell>
          </TRow>
        </THead>
        <TBody>
          {rows.map(({ shortcut, keys }) => (
            <TRow key={shortcut}>
              <TCell className="py-1 pr-4 whitespace-nowrap">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? " / " : null}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">{key}</kbd>
                  </span>
                ))}
              </TCell>
              <TCell className="py-1">
                {shortcut === "decide" ? t(`decide.${set as "review" | "payment"}`) : t(`action.${shortcut}`)}
              </TCell>
            </TRow>
          ))}
        </TBody>
      </Table>
      <p className="mt-2 text-slate-600">{t("note")}</p>
      <KeyboardShortcuts set={set} />
    </details>
  );
}

import { getTranslations } from "next-intl/server";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { shortcutRows, type Shortcut, type ShortcutSet } from "./shortcuts";

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
      <table className="mt-2 text-left">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("key")}</th>
            <th scope="col">{t("does")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ shortcut, keys }) => (
            <tr key={shortcut}>
              <td className="py-1 pr-4 whitespace-nowrap">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? " / " : null}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">{key}</kbd>
                  </span>
                ))}
              </td>
              <td className="py-1">
                {shortcut === "decide" ? t(`decide.${set as "review" | "payment"}`) : t(`action.${shortcut}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-slate-600">{t("note")}</p>
      <KeyboardShortcuts set={set} />
    </details>
  );
}

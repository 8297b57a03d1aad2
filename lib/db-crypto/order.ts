const collator = new Intl.Collator("zh-CN");

/**
 * Orders rows by a person's name after they were read and decrypted: the database can only order
 * the ciphertext (ADR 057). Groups keep the order the query gave them (e.g. by project), names sort
 * within each group (zh-CN collation: by pinyin, where the database compared code points).
 */
export function sortByName<T>(rows: readonly T[], name: (row: T) => string, group: (row: T) => unknown = () => null): T[] {
  const rank = new Map<unknown, number>();
  for (const row of rows) if (!rank.has(group(row))) rank.set(group(row), rank.size);
  return [...rows].sort((a, b) => rank.get(group(a))! - rank.get(group(b))! || collator.compare(name(a), name(b)));
}

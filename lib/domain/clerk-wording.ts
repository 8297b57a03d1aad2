/**
 * Issue 13 item 9: sentences written to a candidate (「您在…时13周岁」) reach an institution's clerk
 * too (roster problems, inbox messages about its candidates). The clerk is not the candidate: the
 * same sentence is turned to speak about the candidate (「该考生在…」), and names them when it can.
 */
export function aboutCandidate(sentence: string, name?: string): string {
  const subject = name ? `考生${name}` : "该考生";
  let first = true;
  return sentence.replace(/您/g, () => {
    // The first mention names the person, the rest say 该考生 (「考生王芳的学历…，该考生…」).
    const word = first ? subject : "该考生";
    first = false;
    return word;
  });
}

/** One digest line per candidate: 「王芳（大数据采集）」 and what happened to them, if it differs. */
export function digestLine(name: string, detail?: string): string {
  return detail ? `${name}：${detail}` : name;
}

/** The names or lines of a digest, numbered past 3 so a long list stays readable in an inbox. */
export function digestList(lines: readonly string[]): string {
  return lines.length <= 3 ? lines.join("、") : lines.map((l, i) => `${i + 1}. ${l}`).join("\n");
}

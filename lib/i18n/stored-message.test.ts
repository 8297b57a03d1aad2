import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkedFailure, StoredText } from "@/components/i18n/stored-text";
import { MESSAGES } from "@/messages";
import { keyedEvent } from "@/lib/server/notifications/notify";
import { markedFailureText, markedParts } from "./marked-text";
import { chineseText, eventNote, inboxMessage, renderInboxMessage, renderStored } from "./stored-message";

const en = createTranslator({ locale: "en", messages: MESSAGES.en });
const HAN = /\p{Script=Han}/u;

describe("timeline notes and inbox messages as keys (issue 16 item 7, ADR 123)", () => {
  it("writes the same Chinese words as before beside the key", () => {
    expect(eventNote("timelineNotes.paymentConfirmed")).toEqual({
      note: "确认收费",
      noteKey: "timelineNotes.paymentConfirmed",
      noteParams: {},
    });
    expect(eventNote("timelineNotes.receiptSubmitted", { amountFen: 15000 }).note).toBe("缴费凭证：150.00 元");
    const message = inboxMessage("approved", {
      name: "王小明",
      year: 2025,
      seq: 5,
      project: "大数据采集",
      start: "2025-05-26",
      end: "2025-05-28",
    });
    expect(message.body).toBe(
      "王小明报名的2025年第5批“大数据采集”已通过资格审核。请在缴费期（2025-05-26至2025-05-28）内通过对公转账缴费并上传银行回单；逾期未缴费视为放弃报考（五）。",
    );
  });

  it("reads in English with the catalog's project name and the amount in CNY, the name as written", () => {
    const message = inboxMessage("approved", {
      name: "王小明",
      year: 2025,
      seq: 5,
      project: "大数据采集",
      start: "2025-05-26",
      end: "2025-05-28",
    });
    const local = renderInboxMessage(en, "en", message.key, JSON.stringify(message.params));
    expect(local?.title).toBe("Eligibility review passed");
    expect(local?.body).toContain("“Big Data Collection”, 2025 batch 5");
    expect(local?.body.replace("王小明", "")).not.toMatch(HAN);
    expect(renderStored(en, "en", "timelineNotes.receiptSubmitted", { amountFen: 15000 })).toBe("Receipt uploaded: CNY 150.00");
  });

  it("knows an older row by its missing key and an unknown key as unknown", () => {
    expect(renderInboxMessage(en, "en", null, null)).toBeNull();
    expect(renderInboxMessage(en, "en", "noSuchKind", "{}")).toBeNull();
  });

  it("shows typed words and older Chinese notes marked lang=zh-CN, the rest in English", () => {
    const html = (props: Partial<Parameters<typeof StoredText>[0]>) =>
      renderToStaticMarkup(
        createElement(StoredText, { t: en, locale: "en", messageKey: null, params: null, fallback: null, ...props }),
      );
    expect(html({ messageKey: "timelineNotes.returned", params: { detail: "通讯地址：请写到门牌号" } })).toBe(
      '<p>Returned for changes: <span lang="zh-CN">通讯地址：请写到门牌号</span></p>',
    );
    expect(html({ fallback: "演示数据" })).toBe('<p lang="zh-CN">演示数据</p>');
    expect(html({ messageKey: "timelineNotes.demo", fallback: "演示数据" })).toBe("<p>Demo data</p>");
  });
});

describe("the certificate collection note (ADR 123)", () => {
  it("writes the Chinese words as before and reads in English with the collector and typed words marked", () => {
    const written = eventNote("timelineNotes.certificateInstitutionWithNote", { collector: "李四", detail: "共3本" });
    expect(written.note).toBe("机构领取：李四，凭负责人签字并加盖公章的登记表原件；共3本");
    expect(eventNote("timelineNotes.certificatePersonal").note).toBe("本人领取，已核验有效身份证件");
    const html = renderToStaticMarkup(
      createElement(StoredText, {
        t: en,
        locale: "en",
        messageKey: written.noteKey,
        params: written.noteParams,
        fallback: written.note,
        as: "span",
      }),
    );
    expect(html).toBe(
      '<span>Collected for the institution by <span lang="zh-CN">李四</span>, with the original registration form signed by its head and stamped; <span lang="zh-CN">共3本</span></span>',
    );
  });
});

describe("an institution's digest lines (ADR 123)", () => {
  const lines = JSON.stringify([
    { name: "张三", key: "inbox.digest.seat", params: { site: "成都考点", room: "301", seat: 4 } },
    { name: "李四", key: "inbox.digest.seat", params: { site: "成都考点", room: "302", seat: 1 } },
  ]);
  const params = { project: "大数据采集", count: 2, list: "张三：成都考点 301，座位号 4、李四：成都考点 302，座位号 1", lines };
  const body = (t: typeof en, locale: string) =>
    renderToStaticMarkup(
      createElement(StoredText, { t, locale, messageKey: "inboxMessages.seatsAssignedInstitution.body", params, fallback: null }),
    );

  it("says each line in the reader's language, the names and places marked as written", () => {
    const html = body(en, "en");
    expect(html).toContain(
      '<span lang="zh-CN">张三</span>: <span lang="zh-CN">成都考点</span> <span>301</span>, seat 4; <span lang="zh-CN">李四</span>',
    );
    expect(html.replace(/<span lang="zh-CN">[^<]*<\/span>/g, "")).not.toMatch(HAN);
  });

  it("reads on Chinese pages as the Chinese list written beside the key", () => {
    const zhT = createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] });
    const text = body(zhT, "zh-CN").replace(/<[^>]+>/g, "");
    expect(text).toBe(zhT("inboxMessages.seatsAssignedInstitution.body", { ...params, list: params.list }));
  });

  it("numbers more than three lines", () => {
    const many = JSON.stringify(
      ["甲", "乙", "丙", "丁"].map((name) => ({ name, key: "inbox.digest.ticket", params: { ticket: "T1" } })),
    );
    const html = renderToStaticMarkup(
      createElement(StoredText, {
        t: en,
        locale: "en",
        messageKey: "inboxMessages.seatsAssignedInstitution.body",
        params: { ...params, lines: many },
        fallback: null,
      }),
    );
    expect(html).toContain('1. <span lang="zh-CN">甲</span>: T1\n2. ');
  });
});

describe("an institution's stored title (ADR 123)", () => {
  it("is the zh-CN title of the institution's own kind, as its inbox shows it on Chinese pages", () => {
    const event = keyedEvent({
      eventKey: "e",
      candidate: "seatsAssigned",
      paramsFor: () => ({}),
      institution: "seatsAssignedInstitution",
      institutionParams: () => ({}),
    });
    expect(event.institutionTitle).toBe(chineseText("inboxMessages.seatsAssignedInstitution.title"));
  });

  it("names what the clock did as the candidate's own title does", () => {
    for (const [note, kind] of [
      ["forfeitUnpaid", "forfeited"],
      ["forfeitUnconfirmed", "unconfirmed"],
      ["expiredUndecided", "undecided"],
      ["lapsedReturned", "lapsed"],
    ] as const)
      expect(chineseText("inboxMessages.expiredInstitution.title", { note }), note).toBe(
        chineseText(`inboxMessages.${kind}.title`),
      );
  });
});

describe("a failure with Chinese values (ADR 123)", () => {
  it("travels as one string from a page without messages and is split into marked parts", () => {
    const text = markedFailureText(en, { key: "ruleFailures.eligibility.occupationMissing", params: { list: "医师、护士" } });
    expect(markedParts(text)).toEqual([
      { text: "Enter your occupation (the related occupations: ", zh: false },
      { text: "医师、护士", zh: true },
      { text: ").", zh: false },
    ]);
  });

  it("reads in English with each Chinese value marked lang=zh-CN", () => {
    const html = renderToStaticMarkup(
      createElement(MarkedFailure, {
        t: en,
        failure: { key: "ruleFailures.eligibility.occupationMissing", params: { list: "医师、护士" } },
      }),
    );
    expect(html).toBe('Enter your occupation (the related occupations: <span lang="zh-CN">医师、护士</span>).');
  });
});

/** The argument names a message uses, nested ones included (`{count, plural, …}`, selects). */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && typeof element.value === "string" && element.type !== TYPE.literal) names.add(element.value);
      if ("options" in element)
        for (const option of Object.values(element.options as Record<string, { value: MessageFormatElement[] }>))
          walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

function leaves(node: unknown, prefix: string): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, `${prefix}.${key}`));
}

/** Values one language counts in its own unit (万像素 against megapixels): both are passed, each language uses one. */
const UNIT_PER_LANGUAGE: Record<string, string[]> = { "ruleFailures.upload.imageTooLarge": ["megapixels", "pixels"] };

describe("stored message kinds in both languages (issue 16 item 7)", () => {
  for (const namespace of ["inboxMessages", "timelineNotes", "ruleFailures"] as const) {
    it(`${namespace}: every key exists in both locales and uses the same values`, () => {
      const zh = new Map(leaves(MESSAGES["zh-CN"][namespace], namespace));
      const enLeaves = new Map(leaves(MESSAGES.en[namespace], namespace));
      expect([...enLeaves.keys()].sort()).toEqual([...zh.keys()].sort());
      const used = (key: string, text: string) => argumentNames(text).filter((n) => !UNIT_PER_LANGUAGE[key]?.includes(n));
      for (const [key, text] of zh) expect(used(key, enLeaves.get(key)!), key).toEqual(used(key, text));
    });
  }

  it("every inbox kind has a title and a body", () => {
    for (const [kind, message] of Object.entries(MESSAGES.en.inboxMessages))
      expect(Object.keys(message).sort(), kind).toEqual(["body", "title"]);
  });

  it("sees a value missing in one language", () => {
    expect(argumentNames("{project}报名于{day}截止")).toEqual(["day", "project"]);
    expect(argumentNames("{n, plural, one {# {x}} other {{y}}}")).toEqual(["n", "x", "y"]);
  });
});

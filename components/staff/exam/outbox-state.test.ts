import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { OutboxRowDto } from "@/lib/server/notifications/outbox";
import { MESSAGES, type AppMessages } from "@/messages";

const locale = vi.hoisted((): { current: "zh-CN" | "en" } => ({ current: "zh-CN" }));
vi.mock("next-intl/server", () => ({
  getTranslations: (namespace: NamespaceKeys<AppMessages, NestedKeyOf<AppMessages>>) =>
    Promise.resolve(createTranslator({ locale: locale.current, messages: MESSAGES[locale.current], namespace })),
  getLocale: () => Promise.resolve(locale.current),
}));
const { OutboxState } = await import("./outbox-state");

const base: OutboxRowDto = {
  id: "7d6f3c1e-0000-4000-8000-000000000001",
  to: "c@example.cn",
  subject: "缴费即将截止",
  body: "…",
  createdAt: "2025-05-08T02:00:00.000Z",
  sentAt: null,
  state: "waiting",
  attempts: 0,
  lastError: null,
  nextAttemptAt: null,
};

async function render(row: Partial<OutboxRowDto>, lang: "zh-CN" | "en" = "zh-CN"): Promise<string> {
  locale.current = lang;
  return renderToStaticMarkup(await OutboxState({ row: { ...base, ...row }, maxAttempts: 5 }));
}

describe("the outbox page's state cell (ADR 045)", () => {
  it("says sent, retrying with when and why, and failed with what to do, in Chinese", async () => {
    expect(await render({ state: "sent", attempts: 1, sentAt: "2025-05-08T02:03:04.000Z" })).toContain(
      "已发送 2025/05/08 10:03:04",
    );
    const retrying = await render({
      state: "retrying",
      attempts: 2,
      lastError: "ESOCKET: connect ECONNREFUSED 10.0.0.5:25",
      nextAttemptAt: "2025-05-08T02:30:00.000Z",
    });
    expect(retrying).toContain("第2次发送失败，2025/05/08 10:30:00 后重试（最多5次）");
    expect(retrying).toContain("原因：ESOCKET: connect ECONNREFUSED 10.0.0.5:25");
    const failed = await render({ state: "failed", attempts: 5, lastError: "EAUTH: Invalid login: 535" });
    expect(failed).toContain("发送失败（已尝试5次，不再重试）");
    expect(failed).toContain("请核对收件人邮箱和邮件服务器设置");
    expect(await render({ state: "sent", sentAt: base.createdAt, lastError: "EENVELOPE: refused b@example.cn" })).toContain(
      "部分收件人被拒收",
    );
    expect(await render({})).toContain("待发送");
  });

  it("says the same in English", async () => {
    expect(await render({ state: "sending", attempts: 1 }, "en")).toContain("Sending (try 1)");
    const failed = await render({ state: "failed", attempts: 5, lastError: "EAUTH: Invalid login: 535" }, "en");
    expect(failed).toContain("Failed (5 tries, no more retries)");
    expect(failed).toContain("Reason: EAUTH: Invalid login: 535");
  });
});

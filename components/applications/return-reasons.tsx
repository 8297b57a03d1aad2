import { getTranslations } from "next-intl/server";
import { isKnownKey } from "@/lib/i18n/message-key";
import { Alert } from "@/components/ui/alert";

/** 退回修改: the reviewer's reason per field or file, shown where the candidate fixes it. */
export async function ReturnReasons({ reasons }: { reasons: Record<string, string> }) {
  const [t, tf] = await Promise.all([getTranslations("applications"), getTranslations("reviewFields")]);
  return (
    <Alert tone="error">
      <p className="font-semibold">{t("returnedReasons")}</p>
      <ul className="mt-1 list-disc pl-5">
        {Object.entries(reasons).map(([field, reason]) => (
          <li key={field}>
            {isKnownKey(tf, field) ? tf(field) : field}：<span lang="zh-CN">{reason}</span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/** Shown instead of a page's content when the staff member lacks its role (the layout only hides links). */
export async function ForbiddenNotice() {
  const t = await getTranslations("staffExam.common");
  return <Alert tone="error">{t("forbidden")}</Alert>;
}

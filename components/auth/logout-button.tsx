import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/**
 * 退出登录: a form posting the logout action it is given (the route's own, app/[locale]/login/logout-action.ts),
 * so it works before JavaScript loads and the component imports nothing from app/.
 */
export async function LogoutButton({ action, className }: { action: () => Promise<void>; className?: string }) {
  const t = await getTranslations("auth");
  return (
    <form action={action} className={className}>
      <Button type="submit" variant="secondary">
        {t("logout")}
      </Button>
    </form>
  );
}

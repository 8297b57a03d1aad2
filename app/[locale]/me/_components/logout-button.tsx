import { getTranslations } from "next-intl/server";
import { logoutAction } from "@/app/[locale]/login/logout-action";
import { Button } from "@/components/ui/button";

export async function LogoutButton() {
  const t = await getTranslations("auth");
  return (
    <form action={logoutAction}>
      <Button type="submit" variant="secondary">
        {t("logout")}
      </Button>
    </form>
  );
}

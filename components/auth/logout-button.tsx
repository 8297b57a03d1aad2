import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { LogoutForm } from "./logout-form";

/** 退出登录 as a button (the account, institution and staff pages): the one logout form (ADR 142). */
export async function LogoutButton({ action, className }: { action: () => Promise<void>; className?: string }) {
  const t = await getTranslations("auth");
  return (
    <LogoutForm
      action={action}
      label={t("logout")}
      className={className}
      buttonClassName={buttonVariants({ variant: "secondary" })}
    />
  );
}

"use client";

import { useTranslations } from "next-intl";
import { deleteSiteOrRoomAction } from "@/app/[locale]/staff/plans/sites/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";

/** Deletes an empty site or an unused room; the server refuses one still in use. */
export function DeleteButton({ kind, id, label }: { kind: "site" | "room"; id: string; label: string }) {
  const t = useTranslations("staffExam.sites");
  const form = useStaffAction(deleteSiteOrRoomAction.bind(null, { kind, id }));
  return (
    <form action={form.formAction} className="flex flex-col gap-1">
      <Button
        type="submit"
        variant="link"
        className="text-red-700"
        aria-label={t("deleteLabel", { name: label })}
        disabled={form.pending}
      >
        {t("delete")}
      </Button>
      <FormStatus error={form.formError} success={null} />
    </form>
  );
}

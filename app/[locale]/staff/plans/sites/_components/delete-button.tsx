"use client";

import { useTranslations } from "next-intl";
import { deleteSiteOrRoomAction } from "@/app/[locale]/staff/plans/sites/actions";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { deleteSiteOrRoomSchema } from "@/lib/schemas/staff-exam-forms";

/** Deletes an empty site or an unused room; the server refuses one still in use. */
export function DeleteButton({ kind, id, label }: { kind: "site" | "room"; id: string; label: string }) {
  const t = useTranslations("staffExam.sites");
  const { pending, fields, formError, formProps } = useActionForm({
    action: deleteSiteOrRoomAction,
    schema: deleteSiteOrRoomSchema,
  });
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <HiddenFields form={fields} values={{ kind, id }} />
      <Button
        type="submit"
        variant="link"
        className="text-red-700"
        aria-label={t("deleteLabel", { name: label })}
        disabled={pending}
      >
        {t("delete")}
      </Button>
      <FormFailureAlert failure={formError ?? fields.errorOf("kind") ?? fields.errorOf("id")} />
    </form>
  );
}

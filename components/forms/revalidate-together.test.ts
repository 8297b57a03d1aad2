import { zodResolver } from "@hookform/resolvers/zod";
import { createFormControl, type FieldValues, type Resolver } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { RETURN_REASON_KEYS } from "@/lib/schemas/staff-review-schema";
import { pickField, reasonField, returnFormSchema } from "@/lib/schemas/staff-review-forms";
import { revalidateTogether } from "./revalidate-together";
import type { FormSchema } from "./use-action-form";

const FIRST = reasonField(RETURN_REASON_KEYS[0]);
const OTHER = reasonField("PHOTO");
const GROUP = [RETURN_REASON_KEYS.flatMap((key) => [reasonField(key), pickField(key)])];

/** The return form as useActionForm sets it up (onTouched, the action's schema), without a DOM. */
const schema: FormSchema = returnFormSchema;
const resolver: Resolver<FieldValues> = (values, context, options) => zodResolver(schema)(values, context, options);

function returnForm(serverError = false) {
  const form = createFormControl<FieldValues>({
    resolver,
    mode: "onTouched",
    defaultValues: {
      applicationId: "0b6c6f3e-8a51-4c1f-9d1e-3f0e2a7b9c10",
      version: "1",
      ...Object.fromEntries(
        RETURN_REASON_KEYS.flatMap((key): [string, string | string[]][] => [
          [reasonField(key), ""],
          [pickField(key), []],
        ]),
      ),
    },
  });
  for (const key of RETURN_REASON_KEYS) {
    form.register(reasonField(key));
    form.register(pickField(key));
  }
  // The action's answer arrives as react-hook-form's `errors` option, type "server" (useActionForm).
  if (serverError) form.setError(FIRST, { type: "server", message: "staffReview.errors.reasonRequired" });
  return form;
}

/** The person types in a field (a change event, no blur). */
async function type(form: ReturnType<typeof returnForm>, name: string, value: string) {
  await form.register(name).onChange({ target: { name, value }, type: "change" });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("退回修改's at-least-one rule clears as soon as it holds (ADR 149)", () => {
  it("after a submit the browser refused: typing in another field's words clears the first field's error", async () => {
    const form = returnForm();
    const unsubscribe = revalidateTogether(form, GROUP);
    await form.handleSubmit(() => undefined)();
    expect(form.getFieldState(FIRST).error?.message).toBe("staffReview.errors.reasonRequired");
    await type(form, OTHER, "照片不是白底");
    expect(form.getFieldState(FIRST).error).toBeUndefined();
    unsubscribe();
  });

  it("after the action's answer (posted before the page ran): ticking a ready reason clears it without leaving the field", async () => {
    const form = returnForm(true);
    const unsubscribe = revalidateTogether(form, GROUP);
    expect(form.getFieldState(FIRST).error).toBeDefined();
    await form.register(pickField("PHOTO")).onChange({ target: { name: pickField("PHOTO"), value: ["r1"] }, type: "change" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(form.getFieldState(FIRST).error).toBeUndefined();
    unsubscribe();
  });

  it("keeps the error while the rule still fails (a field emptied again)", async () => {
    const form = returnForm();
    const unsubscribe = revalidateTogether(form, GROUP);
    await form.handleSubmit(() => undefined)();
    await type(form, OTHER, "");
    expect(form.getFieldState(FIRST).error?.message).toBe("staffReview.errors.reasonRequired");
    unsubscribe();
  });
});

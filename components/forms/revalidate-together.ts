import type { FieldValues, UseFormReturn } from "react-hook-form";

/**
 * A rule across fields (退回修改's "at least one reason") puts its error on one field, and
 * react-hook-form checks only the field that changed (and, before a submit, none that was not yet
 * left): the error stayed until the next post although the rule held. So a change to any field of
 * a group checks the whole group again while one of them shows an error, and the error goes as
 * soon as the rule holds (ADR 149). Returns the unsubscribe.
 */
export function revalidateTogether(
  rhf: Pick<UseFormReturn<FieldValues>, "watch" | "trigger" | "getFieldState">,
  together: readonly (readonly string[])[],
): () => void {
  const subscription = rhf.watch((_values, { name }) => {
    const group = name === undefined ? undefined : together.find((fields) => fields.includes(name));
    if (group?.some((field) => rhf.getFieldState(field).error)) void rhf.trigger([...group]);
  });
  return () => subscription.unsubscribe();
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import {
  type FieldErrors as FormErrors,
  type FieldValues,
  type Resolver,
  useForm,
  type UseFormRegisterReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import { isKnownKey } from "@/lib/i18n/message-key";
import type { FormFailure } from "./failure";
import { revalidateTogether } from "./revalidate-together";

/** A server action as a form posts it: unbound (ADR 133, vercel/next.js#57867), ids in hidden inputs. */
export type FormAction<Data, Shown = never> = (
  previous: ActionResult<Data, Shown> | null,
  formData: FormData,
) => Promise<ActionResult<Data, Shown>>;

/** The zod schema the action parses with (or its browser-safe part), whose messages are message keys. */
export type FormSchema = z.ZodType<FieldValues, FieldValues>;

/** What the form's field components need: registration, the failure to show, the value to keep. */
export interface ActionForm<Name extends string = string> {
  /** RHF's registration of an input (name, ref, onChange, onBlur). */
  register(name: Name): UseFormRegisterReturn;
  /** The failure to show under a field: the browser's check, or the action's answer. */
  errorOf(name: Name): FormFailure | undefined;
  /** The value the action sent back (a post without JavaScript renders the form again from it). */
  keptValue(name: Name): string | undefined;
}

const SERVER = "server";

/**
 * One form on react-hook-form and a server action (ADR 133). The `<form>` keeps
 * `action={formAction}`, so it posts without JavaScript and the page answers with the action's
 * state (errors, kept values). With JavaScript, `onSubmit` checks the fields with the same zod
 * schema as the action first (focus on the first error) and only then calls the action, with the
 * form's data and the button pressed (`intent`), inside a transition: React does not reset the
 * form, so everything typed stays. Fields are checked when left, then as they change (onTouched).
 *
 * `schema` checks the fields while typing and on submit; `schemaFor(intent)`, when given, on a
 * submit by a button named `intent` (sign-up's 获取验证码 checks fewer fields than 注册).
 *
 * `together` names the fields of a rule across fields (退回修改's "at least one reason"): its
 * error sits on one field, so a change to any of them checks the whole group again at once, and
 * the error, the browser's or the action's, goes as soon as the rule holds (ADR 149). Without it
 * react-hook-form checks only the field that changed, and not at all before it was left once.
 */
export function useActionForm<Data, Schema extends FormSchema, Shown = never>({
  action,
  schema,
  schemaFor,
  keep,
  together,
}: {
  action: FormAction<Data, Shown>;
  schema: Schema;
  schemaFor?: (intent: string) => FormSchema | undefined;
  /** The values to keep after a success that stays on the page (sign-up's "code sent"). */
  keep?: (data: Data) => Record<string, string>;
  /** Groups of fields one rule checks together (ADR 149); keep the array stable (a module constant). */
  together?: readonly (readonly (keyof z.input<Schema> & string)[])[];
}) {
  type Name = keyof z.input<Schema> & string;
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const intent = useRef<string | null>(null);
  const serverErrors = useMemo(() => toFormErrors(failed?.fieldErrors), [failed]);
  const resolver = useMemo<Resolver<FieldValues>>(
    () => (values, context, options) => {
      const current = (intent.current !== null && schemaFor?.(intent.current)) || schema;
      return zodResolver(current)(values, context, options);
    },
    [schema, schemaFor],
  );
  const rhf = useForm<FieldValues>({ resolver, mode: "onTouched", errors: serverErrors, shouldFocusError: true });
  const { errors } = rhf.formState;

  useEffect(() => (together?.length ? revalidateTogether(rhf, together) : undefined), [rhf, together]);
  // False in the server's HTML and until hydration, true after: the form checks as you type only then.
  const checking = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const kept: Record<string, string> = failed?.values ?? (state?.ok && keep ? keep(state.data) : {});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    intent.current = submitter?.getAttribute("name") === "intent" ? submitter.getAttribute("value") : null;
    void rhf
      .handleSubmit(() => {
        const data = new FormData(form, submitter);
        startTransition(() => formAction(data));
      })()
      .finally(() => {
        intent.current = null;
      });
  };

  const fields: ActionForm<Name> = {
    register: (name) => rhf.register(name),
    errorOf: (name) => {
      const error = errors[name];
      if (!error) return undefined;
      if (error.type === SERVER) return failed?.fieldErrors[name]?.[0];
      const message = typeof error.message === "string" ? error.message : "";
      // zod's own English text (an unexpected type) is a bug in the schema: the generic message.
      return isKnownKey(t, message) ? message : "errors.generic";
    },
    keptValue: (name) => kept[name],
  };

  return {
    state,
    pending,
    fields,
    /** The action's form error (`formError`), for FormFailureAlert. */
    formError: failed?.formError ?? null,
    /**
     * Spread on the `<form>`. `data-checking` once the browser's code checks the fields (before
     * hydration the form posts as it is and the server checks): what end-to-end tests wait for.
     */
    formProps: { action: formAction, onSubmit, noValidate: true, "data-checking": checking ? "" : undefined },
    /** react-hook-form itself, for what the primitive does not cover (watch, setValue). */
    rhf,
  };
}

/** The action's field errors as react-hook-form's, so they show, focus and clear like the browser's. */
function toFormErrors(fieldErrors: FieldErrors | undefined): FormErrors | undefined {
  if (!fieldErrors) return undefined;
  const entries = Object.entries(fieldErrors).filter(([, messages]) => messages && messages.length > 0);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([name, messages]) => [name, { type: SERVER, message: messages?.[0]?.key ?? "" }]));
}

const noSubscription = () => () => {};

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useMemo, useTransition } from "react";
import { type FieldValues, type Resolver, useForm, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { isKnownKey } from "@/lib/i18n/message-key";
import type { FormFailure } from "./failure";
import type { FormSchema } from "./use-action-form";

/** What a filter's controls need: registration and the failure to show (the browser's check only). */
export interface SearchForm<Name extends string = string> {
  register(name: Name): UseFormRegisterReturn;
  errorOf(name: Name): FormFailure | undefined;
}

/**
 * A GET filter form on react-hook-form (ADR 138): the query string is the state, parsed by the
 * page with `schema`, and the browser checks the fields with that same schema. The `<form>` gets
 * `{...formProps}`: `method="get"` and no `action`, so without JavaScript the browser asks for
 * the same page with the fields in the address, as before. With JavaScript, `onSubmit` runs
 * react-hook-form's check (focus on the first wrong field) and then navigates to the same address
 * the browser would have asked for, less the empty fields, inside a transition (`pending`).
 * Controls render their value with `defaultValue` from what the page parsed.
 */
export function useSearchForm<Schema extends FormSchema>({ schema }: { schema: Schema }) {
  type Name = keyof z.input<Schema> & string;
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const resolver = useMemo<Resolver<FieldValues>>(
    () => (values, context, options) => zodResolver(schema as FormSchema)(values, context, options),
    [schema],
  );
  const rhf = useForm<FieldValues>({
    resolver,
    mode: "onTouched",
    shouldFocusError: true,
  });
  const { errors } = rhf.formState;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void rhf.handleSubmit(() => {
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(form, submitter)) {
        if (typeof value === "string" && value !== "") query.append(name, value);
      }
      const search = query.toString();
      startTransition(() => router.push(search ? `${pathname}?${search}` : pathname));
    })();
  };

  const fields: SearchForm<Name> = {
    register: (name) => rhf.register(name),
    errorOf: (name) => {
      const message = errors[name]?.message;
      if (message === undefined) return undefined;
      // zod's own English text (an unexpected type) is a bug in the schema: the generic message.
      return typeof message === "string" && isKnownKey(t, message) ? message : "errors.generic";
    },
  };

  return {
    pending,
    fields,
    /** Spread on the `<form>`: a GET to the page itself, checked first when JavaScript runs. */
    formProps: { method: "get" as const, noValidate: true, onSubmit },
    rhf,
  };
}

"use client";

import { Alert } from "@/components/ui/alert";

/** The form-level outcome under a staff form: the error, or what was done. */
export function FormStatus({ error, success }: { error: string | null; success: string | null }) {
  if (error) return <Alert tone="error">{error}</Alert>;
  if (success) return <Alert tone="success">{success}</Alert>;
  return null;
}

import { cva } from "class-variance-authority";

/**
 * The primitives' class lists, apart from their components (which merge in a caller's classes
 * with tailwind-merge), so that a small client island can style itself like them without
 * shipping tailwind-merge (ADR 050).
 */

export const buttonVariants = cva(
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 text-base font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-brand-700 text-white hover:bg-brand-800",
        secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
        danger: "bg-red-700 text-white hover:bg-red-800",
        link: "min-h-0 px-0 text-brand-700 underline underline-offset-4 hover:text-brand-800",
      },
    },
    defaultVariants: { variant: "primary" },
  },
);

export const badgeVariants = cva("inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium", {
  variants: {
    tone: {
      neutral: "bg-slate-100 text-slate-800",
      info: "bg-brand-100 text-brand-800",
      success: "bg-green-100 text-green-900",
      warning: "bg-amber-100 text-amber-900",
      danger: "bg-red-100 text-red-900",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export type AlertTone = "info" | "error" | "success";

export const alertVariants = cva("rounded-md border-l-4 p-3", {
  variants: {
    tone: {
      info: "border-brand-600 bg-brand-50 text-brand-800",
      error: "border-red-700 bg-red-50 text-red-900",
      success: "border-green-700 bg-green-50 text-green-900",
    },
  },
  defaultVariants: { tone: "info" },
});

/** An error is announced at once; anything else politely. */
export const alertRole = (tone: AlertTone) => (tone === "error" ? "alert" : "status");

export const cardClass = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

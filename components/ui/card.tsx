import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { cardClass } from "./variants";

export function Card({ className, ...props }: HTMLAttributes<HTMLElement>) {
  return <section className={cn(cardClass, className)} {...props} />;
}

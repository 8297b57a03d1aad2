import { notFound } from "next/navigation";

/** Any path under a locale that no page answers: the locale's not-found page, in its layout and language. */
export default function UnknownPage(): never {
  notFound();
}

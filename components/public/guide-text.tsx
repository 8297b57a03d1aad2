import { getTranslations } from "next-intl/server";
import { LocalizedLink as Link } from "@/components/layout/localized-link";

const linkClass = "text-brand-700 underline";

function Heading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="text-xl font-semibold">
      {children}
    </h2>
  );
}

/** A list from the messages (an array in the JSON), numbered or not. */
function TextList({ items, numbered }: { items: string[]; numbered?: boolean }) {
  const List = numbered ? "ol" : "ul";
  return (
    <List className={`${numbered ? "list-decimal" : "list-disc"} space-y-1 pl-6`}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </List>
  );
}

/** A sub-heading of a guide section and its list. */
function TitledList({ title, items, numbered }: { title: string; items: string[]; numbered?: boolean }) {
  return (
    <>
      <h3 className="mt-2 font-semibold text-brand-800">{title}</h3>
      <TextList items={items} numbered={numbered} />
    </>
  );
}

/** 四 who may apply and the steps of each channel. */
export async function GuideChannels() {
  const [tw, t] = await Promise.all([getTranslations("guide.who"), getTranslations("guide.channels")]);
  return (
    <>
      <section aria-labelledby="guide-who" className="flex flex-col gap-2">
        <Heading id="guide-who">{tw("title")}</Heading>
        <p>{tw("age")}</p>
        <p>
          {tw("conditions")}{" "}
          <Link href="/projects" className={linkClass}>
            {tw("projects")}
          </Link>{" "}
          ·{" "}
          <Link href="/eligibility" className={linkClass}>
            {tw("eligibility")}
          </Link>
        </p>
        <p className="text-slate-700">{tw("minimum")}</p>
      </section>
      <section aria-labelledby="guide-channels" className="flex flex-col gap-2">
        <Heading id="guide-channels">{t("title")}</Heading>
        <h3 className="font-semibold text-brand-800">{t("individual")}</h3>
        <TextList items={t.raw("individualSteps") as string[]} numbered />
        <TitledList title={t("institution")} items={t.raw("institutionSteps") as string[]} numbered />
        <p>
          <Link href="/institutions" className={linkClass}>
            {t("institutions")}
          </Link>
        </p>
      </section>
    </>
  );
}

/** 四(二)2 documents, the blank forms (served by app/forms), the FAQ and 十一's contacts. */
export async function GuideDocuments() {
  const [t, tf, tq, tk] = await Promise.all([
    getTranslations("guide.documents"),
    getTranslations("guide.forms"),
    getTranslations("guide.faq"),
    getTranslations("guide.contacts"),
  ]);
  return (
    <>
      <section aria-labelledby="guide-documents" className="flex flex-col gap-2">
        <Heading id="guide-documents">{t("title")}</Heading>
        <p className="font-medium">{t("format")}</p>
        <TextList items={t.raw("list") as string[]} />
        <TitledList title={t("educationTitle")} items={t.raw("education") as string[]} numbered />
      </section>
      <section aria-labelledby="guide-forms" className="flex flex-col gap-2">
        <Heading id="guide-forms">{tf("title")}</Heading>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href="/forms/application-form.pdf" download className={linkClass}>
              {tf("applicationForm")}
            </a>
          </li>
          <li>
            <a href="/forms/honesty-pledge.pdf" download className={linkClass}>
              {tf("honestyPledge")}
            </a>
          </li>
        </ul>
        <p className="text-sm text-slate-700">{tf("institutionNote")}</p>
      </section>
      <section aria-labelledby="guide-faq" className="flex flex-col gap-2">
        <Heading id="guide-faq">{tq("title")}</Heading>
        {(tq.raw("items") as { q: string; a: string }[]).map((item) => (
          <details key={item.q} className="rounded-lg border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-medium">{item.q}</summary>
            <p className="mt-2 text-slate-700">{item.a}</p>
          </details>
        ))}
      </section>
      <section aria-labelledby="guide-contacts" className="flex flex-col gap-1">
        <Heading id="guide-contacts">{tk("title")}</Heading>
        <p>{tk("people")}</p>
        <p>{tk("phone")}</p>
        <p>{tk("supervision")}</p>
        <p>{tk("address")}</p>
        <p>{tk("certificate")}</p>
      </section>
    </>
  );
}

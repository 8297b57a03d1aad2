import { renderBlankFormPdf, type BlankFormName } from "@/lib/server/documents/blank-forms-pdf";
import { fileResponse } from "@/lib/server/http/file-response";

export const dynamic = "force-dynamic";

const FILES: Record<string, { form: BlankFormName; fileName: string }> = {
  "application-form.pdf": { form: "application-form", fileName: "四川省专项职业能力考核个人申报表.pdf" },
  "honesty-pledge.pdf": { form: "honesty-pledge", fileName: "四川省专项职业能力考核个人诚信承诺书.pdf" },
  // 四(一)2, for registration institutions (issue 13 item 7).
  "quality-pledge.pdf": { form: "quality-pledge", fileName: "专项职业能力考核报名质量责任承诺书.pdf" },
};

/** GET /forms/<name>.pdf: the blank forms of 四(二)2 and 四(一)2, public, the same for everyone. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const entry = FILES[(await params).name];
  if (!entry) return new Response("Not found", { status: 404 });
  return fileResponse(await renderBlankFormPdf(entry.form), "application/pdf", entry.fileName);
}

import "server-only";
import { CENTER_NAME } from "./center";
import { assertMaskedIdNumber } from "./document-values";
import { renderPdf } from "./render";
import { TableDocument } from "./table-document";
import type { Column } from "./table";

export interface CertificateCollectionFormDto {
  institutionName: string;
  batchLabel: string;
  projectName: string;
  /** A whole batch's form (issue 13 item 2) names each row's project in its own column. */
  rows: readonly { name: string; maskedIdNumber: string; certificateNumber: string; projectName?: string }[];
}

const COLUMNS: readonly Column[] = [
  { title: "姓名", width: 80 },
  { title: "身份证号", width: 130 },
  { title: "证书编号", width: 120 },
  { title: "备注", width: "grow" },
];

const BATCH_COLUMNS: readonly Column[] = [
  { title: "考核项目", width: 110 },
  { title: "姓名", width: 70 },
  { title: "身份证号", width: 120 },
  { title: "证书编号", width: 100 },
  { title: "备注", width: "grow" },
];

/**
 * 四川核发专项职业能力证书登记表 (九): the list an institution's envoy brings to the center,
 * signed by the institution's head and stamped, to collect its candidates' paper
 * certificates. Rows are never split from their cells; the header repeats on every page and
 * the signature and stamp block is kept together on the last.
 */
export async function renderCertificateCollectionFormPdf(dto: CertificateCollectionFormDto): Promise<Buffer> {
  for (const r of dto.rows) assertMaskedIdNumber(r.maskedIdNumber);
  const wholeBatch = dto.rows.some((r) => r.projectName !== undefined);
  return renderPdf(
    <TableDocument
      title="四川核发专项职业能力证书登记表"
      author={CENTER_NAME}
      meta={[
        `报名机构：${dto.institutionName}`,
        `考核批次：${dto.batchLabel}`,
        `考核项目：${dto.projectName}`,
        `证书数量：${dto.rows.length} 本`,
      ]}
      metaPerLine={2}
      columns={wholeBatch ? BATCH_COLUMNS : COLUMNS}
      rowMinHeight={24}
      rows={dto.rows.map((r) => ({
        key: r.certificateNumber,
        cells: [...(wholeBatch ? [r.projectName ?? ""] : []), r.name, r.maskedIdNumber, r.certificateNumber, ""],
      }))}
      signLines={[
        "报名机构负责人（签字）：________________",
        "领证人（签字）：________________　联系电话：________________",
        "领取日期：______年____月____日",
        "省职鉴中心经办人（签字）：________________",
      ]}
      note={
        <>
          说明：本表原件须经报名机构负责人签字并加盖公章，由报名机构派专人持本表到{CENTER_NAME}
          办理证书；报名机构须及时将证书发放给考生本人，并做好证书台账登记，确保纸质证书去向可查。
        </>
      }
    />,
  );
}

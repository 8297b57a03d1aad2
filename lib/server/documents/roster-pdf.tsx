import "server-only";
import { CENTER_NAME } from "./center";
import { renderPdf } from "./render";
import { Centered, TableDocument } from "./table-document";
import type { Column } from "./table";

export interface RosterPdfDto {
  institutionName: string;
  batchLabel: string;
  /** Sorted by project, then name (the caller's order is kept). */
  rows: readonly {
    name: string;
    sex: string;
    idNumber: string;
    mobile: string;
    projectName: string;
    education: string;
    school: string;
  }[];
}

const COLUMNS: readonly Column[] = [
  { title: "姓名", width: 70 },
  { title: "性别", width: 34 },
  { title: "身份证号码", width: 136 },
  { title: "手机号码", width: 84 },
  { title: "申报项目", width: "grow" },
  { title: "学历", width: 56 },
  { title: "毕业学校", width: 120 },
];

/**
 * 考核人员花名册 (四(一)2, issue 13 item 7): the institution's submitted candidates of one batch,
 * A4 landscape, ready to stamp and send on paper by the end of registration. The center checks
 * it against the portal, so it carries full ID numbers: it is the institution's own list of the
 * people it registered, printed for its own seal.
 */
export async function renderRosterPdf(dto: RosterPdfDto): Promise<Buffer> {
  return renderPdf(
    <TableDocument
      title="考核人员花名册"
      author={dto.institutionName}
      orientation="landscape"
      meta={[`报名机构（盖章）：${dto.institutionName}`, `考核批次：${dto.batchLabel}`, `报名人数：${dto.rows.length} 人`]}
      metaPerLine={3}
      columns={COLUMNS}
      rowMinHeight={22}
      rows={dto.rows.map((r) => ({
        key: `${r.idNumber}-${r.projectName}`,
        cells: [r.name, <Centered key="sex">{r.sex}</Centered>, r.idNumber, r.mobile, r.projectName, r.education, r.school],
      }))}
      signLines={[
        "报名机构负责人（签字）：________________　经办人（签字）：________________",
        "联系电话：________________　日期：______年____月____日",
      ]}
      note={
        <>
          说明：本花名册由报名机构根据已提交的考生信息生成，经核对无误、负责人签字并加盖公章后，于报名截止日前与《专项职业能力考核报名质量责任承诺书》原件一并报送
          {CENTER_NAME}进行资格复审（公告四(一)2）。
        </>
      }
    />,
  );
}

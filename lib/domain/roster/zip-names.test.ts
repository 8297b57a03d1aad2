import { describe, expect, it } from "vitest";
import { withCheckDigit } from "../id-number";
import { ZIP_FILE_TYPES, ZIP_TYPE_LABELS, checkZipPath, parseZipFileName, zipNameFailure } from "./zip-names";

const TODAY = "2025-05-08";
const ID = withCheckDigit("51010419900101123");

describe("zip file names: <身份证号码>_<类型>.<扩展名>", () => {
  it("knows the six types of the brief plus evidence, both ways", () => {
    expect(Object.keys(ZIP_FILE_TYPES)).toEqual(["照片", "申报表", "承诺书", "学历证明", "身份证正面", "身份证反面", "证明材料"]);
    expect(ZIP_TYPE_LABELS.ID_BACK).toBe("身份证反面");
  });

  it("matches every type and extension, case-insensitively, with a lower-case x", () => {
    expect(parseZipFileName(`${ID}_照片.jpg`, TODAY)).toEqual({ ok: true, idNumber: ID, kind: "PHOTO", extension: "jpg" });
    expect(parseZipFileName(`${ID}_申报表.PDF`, TODAY)).toMatchObject({ ok: true, kind: "APPLICATION_FORM", extension: "pdf" });
    expect(parseZipFileName(`${ID}_承诺书.jpeg`, TODAY)).toMatchObject({ ok: true, kind: "PLEDGE" });
    expect(parseZipFileName(`${ID}_学历证明.png`, TODAY)).toMatchObject({ ok: true, kind: "EDUCATION_PROOF" });
    expect(parseZipFileName(`${ID}_身份证正面.jpg`, TODAY)).toMatchObject({ ok: true, kind: "ID_FRONT" });
    expect(parseZipFileName(`${ID}-身份证反面.jpg`, TODAY)).toMatchObject({ ok: true, kind: "ID_BACK" });
    expect(parseZipFileName(`${ID} 证明材料.pdf`, TODAY)).toMatchObject({ ok: true, kind: "EVIDENCE" });
    const x = "11010519491231002X";
    expect(parseZipFileName(`${x.toLowerCase()}_照片.jpg`, TODAY)).toMatchObject({ ok: true, idNumber: x });
    expect(parseZipFileName(`${ID}＿照片.jpg`, TODAY)).toMatchObject({ ok: true, kind: "PHOTO" });
  });

  it("says what is wrong with a name", () => {
    expect(parseZipFileName("照片.jpg", TODAY)).toEqual({ ok: false, reason: "pattern" });
    expect(parseZipFileName(`${ID}_照片`, TODAY)).toEqual({ ok: false, reason: "pattern" });
    expect(parseZipFileName(`${ID}_照片.副本.jpg`, TODAY)).toEqual({ ok: false, reason: "pattern" });
    expect(parseZipFileName(`${ID}_照片.heic`, TODAY)).toEqual({ ok: false, reason: "extension" });
    expect(parseZipFileName(`${ID}_户口本.jpg`, TODAY)).toEqual({ ok: false, reason: "type" });
    const wrongCheck = ID.slice(0, 17) + (ID[17] === "1" ? "2" : "1");
    expect(parseZipFileName(`${wrongCheck}_照片.jpg`, TODAY)).toEqual({ ok: false, reason: "id-number" });
    expect(parseZipFileName("zhangsan_照片.jpg", TODAY)).toEqual({ ok: false, reason: "id-number" });
    expect(zipNameFailure("id-number")).toEqual({ key: "ruleFailures.zip.name.idNumber" });
    expect(zipNameFailure("type")).toEqual({
      key: "ruleFailures.zip.name.type",
      params: { types: "照片、申报表、承诺书、学历证明、身份证正面、身份证反面、证明材料" },
    });
  });

  it("refuses paths that climb out or are absolute, skips folders and system files", () => {
    expect(checkZipPath("../x.jpg")).toEqual({ ok: false, reason: "traversal" });
    expect(checkZipPath("a/../../x.jpg")).toEqual({ ok: false, reason: "traversal" });
    expect(checkZipPath("a\\..\\x.jpg")).toEqual({ ok: false, reason: "traversal" });
    expect(checkZipPath("/etc/passwd")).toEqual({ ok: false, reason: "absolute" });
    expect(checkZipPath("\\\\server\\x.jpg")).toEqual({ ok: false, reason: "absolute" });
    expect(checkZipPath("C:\\x.jpg")).toEqual({ ok: false, reason: "absolute" });
    expect(checkZipPath("c:x.jpg")).toEqual({ ok: false, reason: "absolute" });
    expect(checkZipPath("扫描件/")).toEqual({ ok: false, reason: "directory" });
    expect(checkZipPath("__MACOSX/._a.jpg")).toEqual({ ok: false, reason: "hidden" });
    expect(checkZipPath("扫描件/.DS_Store")).toEqual({ ok: false, reason: "hidden" });
    expect(checkZipPath("Thumbs.db")).toEqual({ ok: false, reason: "hidden" });
  });

  it("takes a file inside a folder by its own name (Windows zips the folder, not its files)", () => {
    expect(checkZipPath(`花名册附件/${ID}_照片.jpg`)).toEqual({ ok: true, baseName: `${ID}_照片.jpg` });
    expect(checkZipPath("a..b.jpg")).toEqual({ ok: true, baseName: "a..b.jpg" });
  });
});

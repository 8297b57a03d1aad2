import { describe, expect, it } from "vitest";
import { aboutCandidate, digestList } from "./clerk-wording";

describe("issue 13 item 9: messages address the clerk about the candidate", () => {
  it("turns 您 into the candidate, naming them first when the name is known", () => {
    expect(aboutCandidate("您在2025-05-08时13周岁，未满16周岁，暂不能报名。")).toBe(
      "该考生在2025-05-08时13周岁，未满16周岁，暂不能报名。",
    );
    expect(aboutCandidate("您的学历为高中，如您已取得其他学历请填写。", "王芳")).toBe(
      "考生王芳的学历为高中，如该考生已取得其他学历请填写。",
    );
    expect(aboutCandidate("请上传毕业证书。")).toBe("请上传毕业证书。");
  });

  it("lists a digest's people on one line, numbered when there are many", () => {
    expect(digestList(["张三", "李四"])).toBe("张三、李四");
    expect(digestList(["甲", "乙", "丙", "丁"])).toBe("1. 甲\n2. 乙\n3. 丙\n4. 丁");
  });
});

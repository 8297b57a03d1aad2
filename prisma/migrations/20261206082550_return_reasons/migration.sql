-- CreateTable
CREATE TABLE "ReturnReason" (
    "id" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "textZh" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReturnReason_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReturnReason_field_order_idx" ON "ReturnReason"("field", "order");

-- The center's usual reasons to start from (ADR 112); the administrator edits or deactivates them.
INSERT INTO "ReturnReason" ("id", "field", "textZh", "textEn", "order") VALUES
  (gen_random_uuid(), 'PHOTO', '照片不符合要求：须为近期正面免冠彩色证件照，白色背景，头像清晰', 'The photo does not meet the rules: a recent, front-facing colour ID photo on a white background, face clearly visible', 10),
  (gen_random_uuid(), 'PHOTO', '照片模糊或有遮挡，请重新上传', 'The photo is blurred or covered: upload it again', 20),
  (gen_random_uuid(), 'APPLICATION_FORM', '个人申报表未签名或信息不全', 'The application form is not signed or is incomplete', 10),
  (gen_random_uuid(), 'PLEDGE', '个人诚信承诺书未本人签名', 'The integrity pledge is not signed by the candidate', 10),
  (gen_random_uuid(), 'EDUCATION_PROOF', '学历证明不清晰或与所填学历不符', 'The education proof is unreadable or does not match the education entered', 10),
  (gen_random_uuid(), 'ID_FRONT', '身份证正面不清晰或已过期', 'The ID card front is unreadable or expired', 10),
  (gen_random_uuid(), 'ID_BACK', '身份证反面不清晰或已过期', 'The ID card back is unreadable or expired', 10),
  (gen_random_uuid(), 'EVIDENCE', '证明材料不能证明所选申报条件', 'The evidence does not prove the chosen condition', 10),
  (gen_random_uuid(), 'condition', '所选申报条件与学历、专业或工作年限不符', 'The chosen condition does not match the education, major or years of work', 10),
  (gen_random_uuid(), 'general', '请按要求补充完整后重新提交', 'Complete what is asked and submit again', 10);

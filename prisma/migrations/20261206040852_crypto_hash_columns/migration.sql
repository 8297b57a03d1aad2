-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "idNumberHash" TEXT,
ADD COLUMN     "nameHash" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "loginHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_idNumberHash_key" ON "Candidate"("idNumberHash");

-- CreateIndex
CREATE UNIQUE INDEX "User_loginHash_key" ON "User"("loginHash");

-- AlterEnum
ALTER TYPE "StaffRole" ADD VALUE 'AUDITOR';

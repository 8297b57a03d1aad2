import { z } from "zod";
import { hiddenId } from "./hidden-ids";

/** 提交 (ADR 053, 142): a button-only form, the application's id in a hidden input; the use case checks the rest. */
export const submitApplicationSchema = z.object({ applicationId: hiddenId });

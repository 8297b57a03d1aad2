import "server-only";

/** Who issues every document, and the numbers the notice (十一) gives for questions. */
export const CENTER_NAME = "四川省职业技能鉴定指导中心";
export const CONSULTATION_PHONE = "028-86156861";
export const CONSULTATION_DESK = "省职鉴中心技能鉴定部";
export const SUPERVISION_PHONE = "028-86136211";
export const SUPERVISION_DESK = "省职鉴中心质量监管部";

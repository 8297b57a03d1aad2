import type { InstitutionDef } from "../types";
import { projectByName } from "./projects";

/** An 附件2 row with projects named as the notice names them; seqs are derived below. */
export interface InstitutionRow extends Omit<InstitutionDef, "projects"> {
  projectNames: string[];
}

/**
 * 附件2, in its order. Line breaks inside cells are removed. Where one cell lists several
 * names and phones without saying whose is whose, every listed phone goes to every listed
 * name, joined by " / ", rather than guessing a pairing.
 */
export const INSTITUTION_ROWS: readonly InstitutionRow[] = [
  {
    name: "四川省职业技能鉴定指导中心",
    address: "成都市东二巷18号5楼509室",
    contacts: [
      { name: "罗曼奕", phone: "028-86156861" },
      { name: "李娜", phone: "028-86156861" },
    ],
    projectNames: [
      "大数据运行平台搭建",
      "商业数据分析",
      "大数据采集",
      "大数据清洗",
      "大数据分析",
      "大数据应用开发",
      "分布式数据库管理",
      "人工智能图像识别",
      "人工智能文本分析",
      "人工智能语音识别",
      "私域流量运营",
      "在线学习运营",
      "在线学习指导",
      "工程建设领域劳资管理",
      "碳会计处理",
      "旅行线路定制",
      "碳资产管理",
      "碳排放交易",
      "心理健康指导",
      "儿童青少年生殖健康教育咨询服务",
      "碳排放核算",
    ],
  },
  {
    name: "四川省大数据产业联合会",
    address: "四川省成都市武侯区高朋大道5号B座401室",
    contacts: [{ name: "王艳", phone: "17345047950" }],
    projectNames: [
      "大数据运行平台搭建",
      "商业数据分析",
      "大数据采集",
      "大数据清洗",
      "大数据分析",
      "大数据应用开发",
      "分布式数据库管理",
      "人工智能图像识别",
      "人工智能文本分析",
      "人工智能语音识别",
    ],
  },
  {
    name: "四川省科教兴川促进会",
    address: "成都市武侯区武科东4路11号",
    contacts: [{ name: "邱秀坤", phone: "18109080323" }],
    projectNames: ["商业数据分析", "大数据分析", "私域流量运营", "工程建设领域劳资管理"],
  },
  {
    name: "四川创联国培教育咨询有限公司",
    address: "成都市金牛区金凤凰大道606号",
    contacts: [{ name: "吴枫波", phone: "13980074523" }],
    projectNames: ["在线学习运营", "在线学习指导"],
  },
  {
    name: "成都理工大学",
    address: "成都市成华区二仙桥东三路1号",
    contacts: [{ name: "肖忠海", phone: "028-84074828 / 18980057211" }],
    projectNames: ["碳会计处理", "私域流量运营"],
  },
  {
    name: "四川联合环境交易所",
    address: "成都市高新区锦云西二巷2号成都交易所大厦9楼",
    contacts: [{ name: "张甜甜", phone: "13981940453" }],
    projectNames: ["碳排放交易", "碳资产管理", "碳排放核算"],
  },
  {
    name: "四川西部人力资源开发中心",
    address: "成都市成华区航天路2号9楼",
    contacts: [{ name: "任紫苗", phone: "19102666170" }],
    projectNames: ["心理健康指导"],
  },
  {
    name: "四川搏锦程职业培训学校",
    address: "成都市金牛区十二桥路37号新1号",
    contacts: [{ name: "魏伟", phone: "13666164726" }],
    projectNames: ["心理健康指导"],
  },
  {
    name: "四川西南心理咨询师培训中心",
    address: "成都市武侯区国学巷37号（四川大学华西西校区）行政办公区红军楼1028，四川西南心理咨询师培训中心办公室",
    contacts: [
      { name: "杨梦伊", phone: "028-85422621 / 19196453797" },
      { name: "吴双", phone: "028-85422621 / 19196453797" },
    ],
    projectNames: ["心理健康指导"],
  },
  {
    name: "四川省健康管理师协会",
    address: "成都市人民南路三段17号附1号华西美庐B栋602",
    contacts: [{ name: "谢思澜", phone: "18782132900" }],
    projectNames: ["心理健康指导"],
  },
  {
    name: "四川省性学会",
    address: "四川省成都市武侯区人民南路三段17号四川大学华西第二医院西部妇幼医学研究院4楼407室",
    contacts: [{ name: "蔡凤翔", phone: "18109079419" }],
    projectNames: ["儿童青少年生殖健康教育咨询服务"],
  },
  {
    name: "川大科技园职业技能培训学院",
    address: "成都市青羊区洛阳路2号万富大厦13楼",
    contacts: [{ name: "吴荟", phone: "15228946899" }],
    projectNames: ["心理健康指导"],
  },
  {
    name: "四川华西健康科技有限公司",
    address: "成都市武侯区国学巷37号",
    contacts: [{ name: "王春燕", phone: "13982097609" }],
    projectNames: ["心理健康指导", "儿童青少年生殖健康教育咨询服务"],
  },
  {
    name: "四川省人力资源服务行业协会",
    address: "成都市青羊区少城路27号少城大厦10楼",
    contacts: [{ name: "王官乾", phone: "18702802303" }],
    projectNames: ["心理健康指导"],
  },
  {
    name: "四川汉咨数字科技有限公司",
    address: "成都市锦江区三色路238号30楼",
    contacts: [
      { name: "汪林峰", phone: "13980792387" },
      { name: "程学义", phone: "13801013365" },
    ],
    projectNames: ["心理健康指导", "在线学习运营"],
  },
];

/** Fails at load, not at first use, if a name in the table drifts from 附件1. */
function seqsOf(row: InstitutionRow): number[] {
  return row.projectNames
    .map((name) => {
      const project = projectByName(name);
      if (!project) throw new Error(`附件2: ${row.name} lists unknown project "${name}"`);
      return project.seq;
    })
    .sort((a, b) => a - b);
}

/** 附件2 with project seqs in ascending order (the notice's own order within a cell carries no meaning). */
export const INSTITUTIONS: readonly InstitutionDef[] = INSTITUTION_ROWS.map((row) => ({
  name: row.name,
  address: row.address,
  contacts: row.contacts.map((c) => ({ ...c })),
  projects: seqsOf(row),
}));

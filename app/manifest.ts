import type { MetadataRoute } from "next";

/** The web manifest (issue 16): the portal added to a phone's home screen opens at the home page. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "四川省专项职业能力考核报名 Sichuan Skills Assessment Registration",
    short_name: "考核报名",
    description:
      "四川省职业技能鉴定指导中心专项职业能力考核报名 · Registration for Sichuan special vocational skills assessments",
    start_url: "/",
    scope: "/",
    display: "standalone",
    lang: "zh-CN",
    background_color: "#ffffff",
    theme_color: "#1e3a8a",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}

import { PlainLink as Link } from "@/components/layout/plain-link";

export default function NotFound() {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui", padding: 24 }}>
        <h1>页面不存在 / Page not found</h1>
        <p>
          <Link href="/">返回首页 / Home</Link>
        </p>
      </body>
    </html>
  );
}

import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/domain/request-limits";
import { formatFileSize } from "@/lib/domain/upload-rules";
import { CLIENT_IP_HEADER, isTrusted, resolveClientIp, type TrustedProxies } from "@/lib/server/http/trusted-proxies";

/** Headers only a trusted proxy may set; from anyone else they are dropped before Next sees them. */
const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Rewrites a request's address headers from the connection (issue 10, ADR 055), then hands it on:
 * any client-sent x-portal-client-ip is replaced by the address resolveClientIp derives from the
 * socket and PORTAL_TRUSTED_PROXIES; the forwarding headers survive only from a trusted proxy,
 * and X-Forwarded-For is then the client's address alone (Next fills it from the socket with ??=
 * otherwise, keeping whatever the client wrote).
 */
export function withClientAddress(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  proxies: TrustedProxies,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const peer = req.socket.remoteAddress;
    const client = resolveClientIp(peer, req.headers["x-forwarded-for"], proxies);
    if (!isTrusted(peer ?? "", proxies)) for (const name of PROXY_HEADERS) delete req.headers[name];
    req.headers[CLIENT_IP_HEADER] = client;
    req.headers["x-forwarded-for"] = client;
    if (declaredTooLarge(req)) return refuseBody(req, res);
    void handle(req, res);
  };
}

/** A declared body over the one request limit (lib/domain/request-limits.ts) is never read. */
function declaredTooLarge(req: IncomingMessage): boolean {
  const declared = Number(req.headers["content-length"] ?? "NaN");
  return Number.isFinite(declared) && declared > MAX_REQUEST_BODY_BYTES;
}

const LIMIT = formatFileSize(MAX_REQUEST_BODY_BYTES);
const ZH = `提交的内容超过 ${LIMIT}，未被接收。请缩小文件（压缩包请分成几个上传）后重试。`;
const EN = `What you sent is over ${LIMIT} and was not accepted. Make the file smaller (split a zip into several) and try again.`;

/** 413 in Chinese and English: a page for a browser's form, JSON for everything else. */
function refuseBody(req: IncomingMessage, res: ServerResponse): void {
  const html = (req.headers.accept ?? "").includes("text/html");
  const body = html
    ? `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>413</title><body><h1>${ZH}</h1><p lang="en">${EN}</p><p><a href="/">返回首页 Home</a></p></body></html>`
    : JSON.stringify({ error: "body_too_large", limitBytes: MAX_REQUEST_BODY_BYTES, message: ZH, messageEn: EN });
  res.writeHead(413, {
    "Content-Type": html ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
    "Cache-Control": "no-store",
  });
  // What the client still sends is discarded as it arrives (never kept), so a client that writes
  // its whole body before reading (most do) still gets this answer; a body that is still coming
  // after half a minute has its connection cut.
  req.resume();
  res.end(body);
  const cut = setTimeout(() => req.socket.destroy(), 30_000).unref();
  req.on("end", () => clearTimeout(cut));
}

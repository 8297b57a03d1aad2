import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  mailFrom: string;
  rcptTo: string[];
  /** Header names in lower case, values unfolded and decoded (RFC 2047). */
  headers: Record<string, string>;
  text: string;
  authUser: string | null;
}

export interface SmtpStub {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Recipients answered 550 at RCPT TO, as a server refusing the mailbox would. */
  refuses: (address: string) => boolean;
  close(): Promise<void>;
}

/**
 * A local mail server for the outbox tests: plain SMTP on a random port, login optional (and
 * accepted over plain text, which only a test may do), keeping each message it accepts.
 */
export async function startSmtpStub(options: { user?: string; pass?: string; delayMs?: number } = {}): Promise<SmtpStub> {
  const received: ReceivedMail[] = [];
  const stub: Pick<SmtpStub, "refuses"> = { refuses: () => false };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.pass) callback(null, { user: auth.username });
      else callback(new Error("535 bad login"));
    },
    onRcptTo(address, _session, callback) {
      if (stub.refuses(address.address)) callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const done = () => {
          received.push({
            ...parseMessage(Buffer.concat(chunks).toString("latin1")),
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            authUser: typeof session.user === "string" ? session.user : null,
          });
          callback();
        };
        if (options.delayMs) setTimeout(done, options.delayMs);
        else done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  const auth = options.user ? `${encodeURIComponent(options.user)}:${encodeURIComponent(options.pass ?? "")}@` : "";
  return Object.assign(stub, {
    url: `smtp://${auth}127.0.0.1:${port}`,
    port,
    received,
    // Idempotent: a test closes it to play a dead server, afterEach closes it again.
    close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  });
}

function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, text: decodeBody(raw.slice(split + 4), headers["content-transfer-encoding"] ?? "7bit") };
}

/** RFC 2047 words, concatenated as bytes so a character split over two words survives. */
function decodeWords(value: string): string {
  return value.replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=\s*)+/g, (run) => {
    const bytes = [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)].map(([, kind, data]) =>
      kind!.toUpperCase() === "B" ? Buffer.from(data!, "base64") : qpBytes(data!.replace(/_/g, " ")),
    );
    return Buffer.concat(bytes).toString("utf8") + (/\s$/.test(run) ? " " : "");
  });
}

function decodeBody(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/quoted-printable/i.test(encoding)) return qpBytes(body.replace(/=\r\n/g, "")).toString("utf8");
  return Buffer.from(body, "latin1").toString("utf8");
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === "=" ? text.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

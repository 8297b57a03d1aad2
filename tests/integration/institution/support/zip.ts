import { crc32, deflateRawSync } from "node:zlib";
import iconv from "iconv-lite";

/**
 * Zip archives for the institution's attachments import, built byte by byte so tests can make
 * the hostile ones too: a declared size that lies, a "../" name, a GBK name without the UTF-8
 * flag (what Windows' built-in zip writes on a Chinese system).
 */
export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** Deflate (default) or store. */
  method?: "deflate" | "store";
  /** What the central directory claims the entry unpacks to (default: the truth). */
  declaredSize?: number;
  /** Name bytes in GBK without the UTF-8 flag. */
  gbkName?: boolean;
}

export function makeZip(inputs: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const name = input.gbkName ? iconv.encode(input.name, "gbk") : Buffer.from(input.name, "utf8");
    const method = input.method === "store" ? 0 : 8;
    const body = method === 8 ? deflateRawSync(input.data) : Buffer.from(input.data);
    const size = input.declaredSize ?? input.data.byteLength;
    const flags = input.gbkName ? 0 : 0x800;
    const crc = crc32(input.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

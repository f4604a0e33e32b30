// Draws the add-in's icons (a white check mark on a red rounded square) and writes them as real
// PNG files under assets/ with a tiny PNG encoder over node:zlib. Run: npx tsx scripts/make-icons.ts
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/** Icon sizes the manifest uses (16/32/80 for the ribbon, 32/64 for the add-in list, 128 for stores). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BACKGROUND: readonly [number, number, number] = [0xc6, 0x28, 0x28];
const FOREGROUND: readonly [number, number, number] = [0xff, 0xff, 0xff];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (row-major, 4 bytes a pixel) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Distance from point p to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Inside the rounded square [0,1]² with corner radius r. */
function insideRoundedSquare(x: number, y: number, r: number): boolean {
  if (x < 0 || y < 0 || x > 1 || y > 1) return false;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

const CHECK: readonly [number, number][] = [[0.25, 0.52], [0.43, 0.7], [0.76, 0.31]];

/** RGBA pixels of the icon at a size, anti-aliased by 5×5 supersampling. */
export function drawIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const samples = 5;
  const stroke = size <= 16 ? 0.085 : 0.065; // half the stroke width, a little bolder when tiny
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples) / size;
          const v = (y + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(u, v, 0.2)) continue;
          cover++;
          let d = Infinity;
          for (let i = 0; i + 1 < CHECK.length; i++) d = Math.min(d, segmentDistance(u, v, ...CHECK[i], ...CHECK[i + 1]));
          if (d <= stroke) mark++;
        }
      }
      const n = samples * samples;
      const alpha = cover / n;
      const m = cover ? mark / cover : 0;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(BACKGROUND[c] * (1 - m) + FOREGROUND[c] * m);
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

export function iconPath(size: number, dir = path.resolve(__dirname, '..', 'assets')): string {
  return path.join(dir, `icon-${size}.png`);
}

function main(): void {
  for (const size of ICON_SIZES) {
    const file = iconPath(size);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

if (require.main === module) main();

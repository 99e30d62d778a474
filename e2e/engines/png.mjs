// A PNG cut to a rectangle, for the WebKit backend (webkit.mjs): WebKitWebDriver's own element
// screenshot is black where the element was outside the last painted area, so an element is
// cut from a screenshot of the viewport instead. Reads what WebKitWebDriver writes (8-bit RGB
// or RGBA, not interlaced); writes the same colour type.
import { deflateSync, inflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The filtered scanlines of a PNG's image data, unfiltered: one buffer of `height` rows of `stride` bytes. */
function unfilter(raw, height, stride, bpp) {
  const pixels = Buffer.alloc(height * stride);
  for (let row = 0; row < height; row++) {
    const filter = raw[row * (stride + 1)];
    const line = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
    const out = pixels.subarray(row * stride, (row + 1) * stride);
    const prev = row ? pixels.subarray((row - 1) * stride, row * stride) : null;
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[i - bpp] : 0;
      const b = prev ? prev[i] : 0;
      const c = prev && i >= bpp ? prev[i - bpp] : 0;
      let predicted;
      switch (filter) {
        case 0: predicted = 0; break;
        case 1: predicted = a; break;
        case 2: predicted = b; break;
        case 3: predicted = (a + b) >> 1; break;
        case 4: {
          const p = a + b - c;
          const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
          predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new Error(`png: unknown filter ${filter} in row ${row}`);
      }
      out[i] = (line[i] + predicted) & 0xff;
    }
  }
  return pixels;
}

/** `png` cut to the rectangle `{ x, y, width, height }` in its pixels (rounded, kept inside the image). */
export function cropPng(png, { x, y, width, height }) {
  let header;
  const data = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const [w, h, depth, colour, interlace] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[12]];
  if (depth !== 8 || ![2, 6].includes(colour) || interlace) throw new Error(`png: depth ${depth}, colour type ${colour}, interlace ${interlace}: not read here`);
  const bpp = colour === 6 ? 4 : 3;
  const stride = w * bpp;
  const pixels = unfilter(inflateSync(Buffer.concat(data)), h, stride, bpp);
  const left = Math.min(w, Math.max(0, Math.round(x)));
  const top = Math.min(h, Math.max(0, Math.round(y)));
  const cw = Math.max(1, Math.min(w - left, Math.round(width)));
  const ch = Math.max(1, Math.min(h - top, Math.round(height)));
  const rowBytes = cw * bpp + 1;
  const rows = Buffer.alloc(ch * rowBytes); // filter 0 (none) on every row
  for (let row = 0; row < ch; row++) {
    const from = (top + row) * stride + left * bpp;
    pixels.copy(rows, row * rowBytes + 1, from, from + cw * bpp);
  }
  const ihdr = Buffer.from(header);
  ihdr.writeUInt32BE(cw, 0);
  ihdr.writeUInt32BE(ch, 4);
  return Buffer.concat([png.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

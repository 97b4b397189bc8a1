#!/usr/bin/env node
/**
 * Draws the add-in's icons as real PNG files (RGBA, 8 bits, zlib-compressed) into assets/, with no dependency:
 * a small table (header band, grid lines) with a glyph over its lower right corner —
 *   icon-*   a green check  (the add-in, "Kiểm tra phụ lục")
 *   quick-*  a green check on an amber badge  ("Kiểm tra nhanh")
 *   export-* a blue arrow out of the table  ("Xuất Word")
 * Shapes are described in unit coordinates and supersampled (4×4 per pixel) for smooth edges.
 * Run: node scripts/make-icons.js   (the PNGs are committed; run again only to change the drawing).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const OUT = path.resolve(__dirname, "..", "assets");
const SUPERSAMPLE = 4;

// ---- PNG encoding ----------------------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** rgba: Uint8Array of size*size*4. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- Shapes (unit square, y down) ------------------------------------------------------------------------------
const rect =
  (x0, y0, x1, y1, r = 0) =>
  (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}
/** A thick polyline with round joins. */
const stroke = (points, width) => (x, y) =>
  points.slice(1).some((p, i) => distToSegment(x, y, points[i], p) <= width / 2);

const triangle = (a, b, c) => (x, y) => {
  const s = (p, q) => (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1]);
  const d1 = s(a, b);
  const d2 = s(b, c);
  const d3 = s(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const WHITE = [255, 255, 255, 255];
const FRAME = [84, 110, 122, 255]; // blue grey
const HEADER = [33, 115, 70, 255]; // Excel green
const GRID = [176, 190, 197, 255];
const CHECK = [16, 124, 16, 255];
const AMBER = [255, 185, 0, 255];
const BLUE = [43, 87, 154, 255]; // Word blue

/** The table shared by every icon: a frame, a green header band, grid lines. Layers are painted in order. */
function tableLayers() {
  const layers = [
    [rect(0.06, 0.1, 0.8, 0.84, 0.06), FRAME],
    [rect(0.1, 0.14, 0.76, 0.8, 0.03), WHITE],
    [rect(0.1, 0.14, 0.76, 0.3, 0.03), HEADER],
  ];
  for (const y of [0.46, 0.63]) layers.push([rect(0.1, y - 0.025, 0.76, y + 0.025), GRID]);
  layers.push([rect(0.3, 0.3, 0.35, 0.8), GRID]);
  return layers;
}

const checkMark = (color, halo) => [
  [
    stroke(
      [
        [0.42, 0.7],
        [0.58, 0.86],
        [0.92, 0.46],
      ],
      0.26,
    ),
    halo,
  ],
  [
    stroke(
      [
        [0.42, 0.7],
        [0.58, 0.86],
        [0.92, 0.46],
      ],
      0.14,
    ),
    color,
  ],
];

const ICONS = {
  icon: () => [...tableLayers(), ...checkMark(CHECK, WHITE)],
  quick: () => [
    ...tableLayers(),
    [circle(0.7, 0.7, 0.3), WHITE],
    [circle(0.7, 0.7, 0.26), AMBER],
    ...checkMark(CHECK, AMBER),
  ],
  export: () => [
    ...tableLayers(),
    [
      stroke(
        [
          [0.5, 0.66],
          [0.78, 0.66],
        ],
        0.26,
      ),
      WHITE,
    ],
    [triangle([0.7, 0.44], [0.98, 0.66], [0.7, 0.88]), WHITE],
    [
      stroke(
        [
          [0.5, 0.66],
          [0.76, 0.66],
        ],
        0.13,
      ),
      BLUE,
    ],
    [triangle([0.72, 0.5], [0.94, 0.66], [0.72, 0.82]), BLUE],
  ],
};

function render(layers, size) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour = null;
          for (const [inside, c] of layers) if (inside(x, y)) colour = c;
          if (colour) for (let k = 0; k < 4; k++) acc[k] += k < 3 ? colour[k] * colour[3] : colour[3];
        }
      }
      const alpha = acc[3];
      const o = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) rgba[o + k] = alpha ? Math.round(acc[k] / alpha) : 0;
      rgba[o + 3] = Math.round(alpha / (n * n));
    }
  }
  return rgba;
}

const SIZES = { icon: [16, 32, 64, 80, 128], quick: [16, 32, 80], export: [16, 32, 80] };

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const [name, sizes] of Object.entries(SIZES)) {
    for (const size of sizes) {
      const file = path.join(OUT, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(size, render(ICONS[name](), size)));
      console.log(path.relative(process.cwd(), file));
    }
  }
}

main();

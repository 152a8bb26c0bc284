// The text and the page fill of a PDF Chromium printed, by poppler (scripts/setup.sh
// installs pdftotext and pdftoppm): shared by the report's and the evidence's flows.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, rm, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The text of a PDF, by poppler's pdftotext (scripts/setup.sh installs it). */
export async function pdfText(bytes, layout = true) {
  const dir = await mkdtemp(path.join(tmpdir(), 'cermat-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    await writeFile(file, bytes);
    return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * How much of each PDF page is used: the share of its height from the top edge down to
 * the last row with ink (pdftoppm renders each page in grey at 24 dpi).
 */
export async function pageFill(bytes) {
  const dir = await mkdtemp(path.join(tmpdir(), 'cermat-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    await writeFile(file, bytes);
    execFileSync('pdftoppm', ['-gray', '-r', '24', file, path.join(dir, 'p')]);
    const pages = (await readdir(dir)).filter((f) => f.endsWith('.pgm')).sort();
    const fills = [];
    for (const name of pages) {
      const data = await readFile(path.join(dir, name));
      // A binary PGM: "P5", width, height, maxval, one byte per pixel.
      const header = data.subarray(0, 40).toString('latin1').split(/\s+/);
      const [width, height] = [Number(header[1]), Number(header[2])];
      const start = data.length - width * height;
      let last = 0;
      for (let y = 0; y < height; y++) {
        const row = data.subarray(start + y * width, start + (y + 1) * width);
        if (row.some((v) => v < 200)) last = y;
      }
      fills.push((last + 1) / height);
    }
    return fills;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

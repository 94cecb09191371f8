/** Renders assets/icon.svg to the PNG sizes the stores and browsers ask for (no downloads). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
mkdirSync(join(root, 'public/icon'), { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(root, `public/icon/${size}.png`), png);
  console.log(`public/icon/${size}.png`);
}

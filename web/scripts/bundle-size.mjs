// Prints the production bundle's size (raw and gzip) per file and in total, so the build reports it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(js|css|html)$/.test(name)) files.push(path);
  }
};
walk(dist);
let raw = 0;
let gzip = 0;
for (const file of files.sort()) {
  const bytes = readFileSync(file);
  const zipped = gzipSync(bytes).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(`  ${relative(dist, file).padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB  gzip ${(zipped / 1024).toFixed(1).padStart(7)} KiB`);
}
console.log(`Bundle size: ${(raw / 1024).toFixed(1)} KiB (gzip ${(gzip / 1024).toFixed(1)} KiB) in ${files.length} files`);

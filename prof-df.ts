import { readFileSync } from 'node:fs';
import { lint } from './server/src/engine';
const text = readFileSync('/work/shared/corpus/docker/php/8.2__bookworm__apache__Dockerfile', 'utf8');
const lines = text.split('\n');
const mid = Math.floor(lines.length / 2);
let site = -1;
for (let d = 0; site < 0; d++) for (const i of [mid + d, mid - d]) if (site < 0 && /[A-Za-z0-9]$/.test(lines[i] ?? '') && !/^\s*#/.test(lines[i]!)) site = i;
console.log('site', site, JSON.stringify(lines[site]));
for (let i = 0; i < 30; i++) lint(text + '#' + i, 'Dockerfile');
const N = Number(process.argv[2] ?? 300);
const t0 = performance.now();
let typed = ' ';
for (let i = 0; i < N; i++) {
  typed += 'abcdefghijklmnopqrstuvwxyz'[i % 26];
  const l = lines.slice(); l[site] = l[site] + typed;
  lint(l.join('\n'), 'Dockerfile');
}
console.log(((performance.now() - t0) / N).toFixed(2), 'ms per typing lint');

import { readFileSync } from 'node:fs';
import { lint } from './server/src/engine';
const text = readFileSync('/work/shared/corpus/docker/php/8.2__bookworm__apache__Dockerfile', 'utf8');
const r = lint(text, 'Dockerfile');
console.log(r.findings.length, JSON.stringify(r.findings).length);
const by = new Map<string, number>(); for (const f of r.findings) by.set(f.ruleId, (by.get(f.ruleId) ?? 0) + 1); console.log(by);

// Regenerates the parts of README.md that come from code: the rules table and the latest bench table.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rulesMarkdown } from '../server/src/cli/rules-command';
import { peerDecisionsMarkdown } from '../server/src/rules/peer-checks/coverage';

const root = path.join(__dirname, '..');
const readmePath = path.join(root, 'README.md');
let readme = readFileSync(readmePath, 'utf8');

function replaceBlock(name: string, content: string): void {
  const pattern = new RegExp(`<!-- ${name}:start -->\\n[\\s\\S]*?<!-- ${name}:end -->`);
  if (!pattern.test(readme)) throw new Error(`README.md has no <!-- ${name}:start --> block`);
  readme = readme.replace(pattern, `<!-- ${name}:start -->\n${content}<!-- ${name}:end -->`);
}

replaceBlock('rules', rulesMarkdown());
replaceBlock('peer-decisions', peerDecisionsMarkdown());
const bench = path.join(root, 'bench', 'RESULTS.md');
if (existsSync(bench) && readme.includes('<!-- bench:start -->')) replaceBlock('bench', readFileSync(bench, 'utf8'));
writeFileSync(readmePath, readme);
console.log('README.md updated');

/**
 * Which peer checks no rule covers and no decision explains: `npm run peers:coverage [-- --tool hadolint]`.
 * Exits 1 while any remain, so it can gate a catalogue change.
 */
import { parseArgs } from 'node:util';
import { uncoveredPeerChecks } from '../server/src/rules/peer-checks/coverage';

const { values } = parseArgs({ options: { tool: { type: 'string' } } });
const gaps = uncoveredPeerChecks().filter((gap) => !values.tool || gap.tool === values.tool);
for (const gap of gaps) process.stdout.write(`${gap.tool}\t${gap.id}\t${gap.summary}\n`);
process.stdout.write(`${gaps.length} peer check(s) neither covered by a rule nor decided\n`);
process.exitCode = gaps.length > 0 ? 1 : 0;

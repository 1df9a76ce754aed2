import { defineFixtures } from '../../fixtures';
import { deploymentWith } from '../cross-file-fixtures';

const account = (name: string): string => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n`;
const runningAs = (name: string, field = 'serviceAccountName'): string =>
  deploymentWith('web', '', `      ${field}: ${name}\n`);

export default defineFixtures({
  fire: [
    {
      name: 'fire-account-defined-nowhere',
      text: runningAs('⟦web-runner⟧'),
    },
    {
      name: 'fire-a-longer-account-name-is-suggested',
      text: runningAs('⟦calico⟧'),
      files: { 'account.yaml': account('calico-cpva') },
    },
    {
      name: 'fire-typo-of-an-account-in-another-file',
      text: runningAs('⟦wbe⟧'),
      files: { 'account.yaml': account('web') },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-default-or-defined-account',
      text: `${runningAs('default')}---\n${runningAs('web').replace('name: web\nspec', 'name: web-2\nspec')}`,
      files: { 'account.yaml': account('web') },
    },
  ],
  fix: [
    {
      name: 'fix-typo-of-an-account',
      text: `${runningAs('wbe')}---\n${account('web')}`,
      output: `${runningAs('web')}---\n${account('web')}`,
    },
    {
      // calico-cpva is another component's account, with its own permissions: named, never swapped in.
      name: 'fix-none-for-a-longer-name',
      text: `${runningAs('calico')}---\n${account('calico-cpva')}`,
      output: `${runningAs('calico')}---\n${account('calico-cpva')}`,
    },
  ],
});

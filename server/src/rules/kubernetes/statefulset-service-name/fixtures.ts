import { defineFixtures } from '../../fixtures';
import { service, workload } from '../cross-file-fixtures';

const statefulSet = (serviceName: string, name = 'db'): string =>
  workload(name, 3, 'StatefulSet').replace('spec:\n  replicas', `spec:\n  serviceName: ${serviceName}\n  replicas`);
const headless = (name: string, app = name): string =>
  service(name, `  clusterIP: None\n  selector:\n    app: ${app}\n  ports:\n    - port: 5432\n`);

export default defineFixtures({
  fire: [
    {
      name: 'fire-typo-in-service-name',
      text: `${statefulSet('⟦dv⟧')}---\n${headless('db')}`,
    },
    {
      name: 'fire-service-not-headless-in-another-file',
      text: statefulSet('⟦db⟧'),
      files: { 'service.yaml': service('db', '  selector:\n    app: db\n  ports:\n    - port: 5432\n') },
    },
    {
      name: 'fire-service-selects-other-pods',
      text: `${statefulSet('⟦db⟧')}---\n${headless('db', 'postgres')}`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-headless-service-here-or-elsewhere',
      text: `${statefulSet('db')}---\n${headless('db')}---\n${statefulSet('cache', 'cache')}`,
      files: { 'cache.yaml': headless('cache') },
    },
    {
      name: 'dont-fire-without-any-service-in-the-namespace',
      text: statefulSet('db'),
    },
  ],
  fix: [
    {
      name: 'fix-typo-in-service-name',
      text: `${statefulSet('dv')}---\n${headless('db')}`,
      output: `${statefulSet('db')}---\n${headless('db')}`,
    },
    {
      name: 'fix-none-for-a-longer-service-name',
      text: `${statefulSet('mysql')}---\n${headless('mysql-headless')}`,
      output: `${statefulSet('mysql')}---\n${headless('mysql-headless')}`,
    },
  ],
});

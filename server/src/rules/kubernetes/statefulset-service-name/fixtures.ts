import { defineFixtures } from '../../fixtures';
import { service, workload } from '../cross-file-fixtures';

const statefulSet = (serviceName: string, name = 'db'): string =>
  workload(name, 3, 'StatefulSet').replace('spec:\n  replicas', `spec:\n  serviceName: ${serviceName}\n  replicas`);
const headless = (name: string, app = name): string =>
  service(name, `  clusterIP: None\n  selector:\n    app: ${app}\n  ports:\n    - port: 5432\n`);
const clusterIP = (name: string, app = name): string =>
  service(name, `  selector:\n    app: ${app}\n  ports:\n    - port: 5432\n`);

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
      // mysqldb is a ClusterIP Service for other pods: no name to suggest, whatever its spelling.
      name: 'fire-without-a-near-name-when-only-a-clusterip-service-is-near',
      text: `${statefulSet('⟦mysql-h⟧', 'mysql')}---\n${clusterIP('mysqldb')}`,
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
    {
      // Renaming to a Service that is not headless would only trade this finding for another.
      name: 'fix-none-to-a-clusterip-service',
      text: `${statefulSet('mysql-h', 'mysql')}---\n${clusterIP('mysqldb')}`,
      output: `${statefulSet('mysql-h', 'mysql')}---\n${clusterIP('mysqldb')}`,
    },
    {
      name: 'fix-none-to-a-headless-service-for-other-pods',
      text: `${statefulSet('mysql-h', 'mysql')}---\n${headless('mysqldb')}`,
      output: `${statefulSet('mysql-h', 'mysql')}---\n${headless('mysqldb')}`,
    },
    {
      // The headless Service that selects the pods is the one to suggest, beside a near ClusterIP one.
      name: 'fix-to-the-headless-service-of-the-pods',
      text: `${statefulSet('mysql-hl', 'mysql')}---\n${clusterIP('mysql-h2', 'mysql')}---\n${headless('mysql-h', 'mysql')}`,
      output: `${statefulSet('mysql-h', 'mysql')}---\n${clusterIP('mysql-h2', 'mysql')}---\n${headless('mysql-h', 'mysql')}`,
    },
  ],
});

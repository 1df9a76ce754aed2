// The servers compared, each started as its own process over stdio, as an editor would.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ServerSpec } from './lsp-client';

export interface Servers {
  ours: ServerSpec | undefined;
  yaml: ServerSpec;
  docker: ServerSpec;
  versions: Record<string, string>;
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function version(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

export function serverBundle(repoRoot: string): string {
  return join(repoRoot, 'dist', 'server.js');
}

export function defineServers(repoRoot: string, schemaPath: string): Servers {
  const node = process.execPath;
  const bundle = serverBundle(repoRoot);
  const ours: ServerSpec | undefined = existsSync(bundle)
    ? { name: 'cntutor', command: node, args: [bundle, '--stdio'], settings: { cntutor: {} } }
    : undefined;

  const yamlDir = packageDir('yaml-language-server');
  const yaml: ServerSpec = {
    name: 'yaml-language-server',
    command: node,
    args: [join(yamlDir, 'bin', 'yaml-language-server'), '--stdio'],
    settings: {
      yaml: {
        validate: true,
        hover: true,
        completion: true,
        format: { enable: false },
        // The local Kubernetes schema for every manifest; nothing from the network.
        schemas: { [pathToFileURL(schemaPath).href]: ['*.yaml', '*.yml'] },
        schemaStore: { enable: false, url: '' },
        kubernetesCRDStore: { enable: false },
      },
      http: { proxy: '', proxyStrictSSL: false },
      '[yaml]': {},
      editor: {},
    },
  };

  const dockerDir = packageDir('dockerfile-language-server-nodejs');
  const docker: ServerSpec = {
    name: 'dockerfile-language-server',
    command: node,
    args: [join(dockerDir, 'bin', 'docker-langserver'), '--stdio'],
    settings: { docker: { languageserver: { diagnostics: {}, formatter: {} } } },
  };

  const versions: Record<string, string> = {
    node: process.version,
    'yaml-language-server': version(yamlDir),
    'dockerfile-language-server-nodejs': version(dockerDir),
    'dockerfile-utils': version(packageDir('dockerfile-utils')),
  };
  const ownVersion = version(repoRoot);
  if (ours !== undefined) versions['cntutor'] = ownVersion;
  return { ours, yaml, docker, versions };
}

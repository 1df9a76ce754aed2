import { parseArgs } from 'node:util';
import { UsageError } from './files';
import { runLint } from './lint-command';
import { runRules } from './rules-command';
import { runConcept } from './concept-command';
import { VERSION } from '../version';

const HELP = `cntutor ${VERSION} — Cloud Native Tutor: lint Dockerfiles and Kubernetes manifests, and learn why.

Usage:
  cntutor lint [paths...] [--format text|json|sarif] [--config FILE] [--fix]
               [--fail-on error|warning|info|hint] [--locale en|ko] [--no-color]
  cntutor rules [--format text|json|markdown]
  cntutor concept <id> [--locale en|ko]
  cntutor --version | --help

Exit codes: 0 no findings at or above the failure threshold, 1 findings, 2 usage or configuration error.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  try {
    switch (command) {
      case 'lint':
        return await runLint(
          parse(rest, {
            format: 'string',
            config: 'string',
            fix: 'boolean',
            'fail-on': 'string',
            locale: 'string',
            'no-color': 'boolean',
          }),
        );
      case 'rules':
        return runRules(parse(rest, { format: 'string' }));
      case 'concept':
        return runConcept(parse(rest, { locale: 'string' }));
      default:
        throw new UsageError(`unknown command "${command}" (try: lint, rules, concept, --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`cntutor: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function parse(args: string[], options: Record<string, 'string' | 'boolean'>): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(Object.entries(options).map(([name, type]) => [name, { type }])),
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? 'bad arguments') : 'bad arguments');
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`cntutor: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

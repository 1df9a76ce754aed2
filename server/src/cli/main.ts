import { parseArgs } from 'node:util';
import { UsageError } from './files';
import { closest } from '../config/suggest';
import { COMMANDS, commandHelp, overallHelp, type Command } from './commands';
import { parseLocale } from './locale';
import { VERSION } from '../version';
import { answerLintJob, isLintWorker, setWorkerEntry } from './lint-workers';
import { LINT_ROUNDS } from './lint-command';
import { holdFromStart } from '../young-generation';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(overallHelp(localeFrom(rest)));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  try {
    if (name === 'help') {
      const topic = rest.find((arg) => !arg.startsWith('-'));
      if (!topic) {
        process.stdout.write(overallHelp(localeFrom(rest)));
        return 0;
      }
      process.stdout.write(commandHelp(findCommand(topic), localeFrom(rest)));
      return 0;
    }
    const command = findCommand(name);
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(commandHelp(command, localeFrom(rest)));
      return 0;
    }
    return await command.run(parse(command, rest));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`cntutor: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  const names = COMMANDS.map((c) => c.name);
  const suggestion = closest(name, names);
  throw new UsageError(
    `unknown command "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (commands: ${names.join(', ')}; see cntutor --help)`,
  );
}

/** `--locale` read leniently for help texts, which must print even when other arguments are wrong. */
function localeFrom(args: readonly string[]): 'en' | 'ko' {
  const index = args.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const value = index < 0 ? undefined : args[index]?.includes('=') ? args[index]?.split('=')[1] : args[index + 1];
  return value === 'ko' ? 'ko' : 'en';
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

function parse(command: Command, args: string[]): ParsedArgs {
  const options = { ...command.options, locale: { type: 'string' as const, value: 'en|ko' } };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(options).map(([name, option]) => [
          name,
          { type: option.type, ...('multiple' in option && option.multiple ? { multiple: true } : {}) },
        ]),
      ),
    });
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    const unknown = /Unknown option '(--?[^']+)'/.exec(detail)?.[1];
    if (unknown) {
      const suggestion = closest(unknown.replace(/^-+/, ''), Object.keys(options));
      throw new UsageError(
        `${command.name}: unknown option ${unknown}${suggestion ? `; did you mean --${suggestion}?` : ''} (see cntutor ${command.name} --help)`,
      );
    }
    throw new UsageError(
      `${command.name}: ${detail.replace(/\. To specify a positional argument.*$/, '') || 'bad arguments'} (see cntutor ${command.name} --help)`,
    );
  }
  const values = parsed.values as ParsedArgs['values'];
  parseLocale(values.locale);
  return { values, positionals: parsed.positionals };
}

/**
 * Runs the command line in `process.argv`; the process ends with its exit code. `launcher` is the
 * script that loaded this bundle, which `--jobs` workers then start with too.
 */
export function runCli(launcher?: string): void {
  if (launcher !== undefined) setWorkerEntry(launcher);
  // The process only lints and exits: see young-generation.ts. Released for a large run, or at the end.
  holdFromStart();
  // A reader that stops early (`cntutor concepts | head`) closes the pipe: that is the end, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
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

if (isLintWorker()) {
  answerLintJob(LINT_ROUNDS);
} else if (require.main === module) {
  runCli();
}

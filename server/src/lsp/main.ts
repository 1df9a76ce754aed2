import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../version';
import { startServer } from './server';

/** Starts the language server on the transport named in `process.argv` (or prints the usage). */
export function runLanguageServer(): void {
  const args = process.argv.slice(2);
  if (args.includes('--version')) {
    process.stdout.write(`${VERSION}\n`);
  } else if (args.includes('--help') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
    process.stdout.write(
      `cntutor-language-server ${VERSION}\n\nUsage: cntutor-language-server --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)\n`,
    );
    if (!args.includes('--help')) process.exitCode = 2;
  } else {
    // Keep stdout free for the protocol: anything logged goes to the client's output instead.
    const connection = createConnection(ProposedFeatures.all);
    console.log = (...values: unknown[]) => connection.console.log(values.map(String).join(' '));
    console.error = (...values: unknown[]) => connection.console.error(values.map(String).join(' '));
    startServer(connection);
  }
}

if (require.main === module) runLanguageServer();

// Node built-ins that the language server's protocol libraries load as they start but call only in
// cases a start never meets: `crypto` names a random pipe (a client asking for `--pipe`) or a
// progress token the server asks the client for, `child_process` finds the global npm folder (a
// server resolving modules there). Loading them took about 5 ms of every start, crypto's fourteen
// modules most of it. Each is loaded on its first use instead; the build fails if the libraries'
// code changes under the patch.
import { readFileSync } from 'node:fs';

const LAZY = [
  {
    file: /vscode-jsonrpc[\\/]lib[\\/]node[\\/]main\.js$/,
    binding: 'crypto_1',
    module: 'crypto',
    names: ['randomBytes'],
  },
  {
    file: /vscode-jsonrpc[\\/]lib[\\/]node[\\/]ril\.js$/,
    binding: 'crypto_1',
    module: 'crypto',
    names: ['randomUUID'],
  },
  {
    file: /vscode-languageserver[\\/]lib[\\/]node[\\/]files\.js$/,
    binding: 'child_process_1',
    module: 'child_process',
    names: ['fork', 'spawnSync'],
  },
];

export const lazyNodeBuiltins = {
  name: 'lazy-node-builtins',
  setup(builder) {
    for (const { file, binding, module, names } of LAZY) {
      builder.onLoad({ filter: file }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const eager = `const ${binding} = require("${module}");`;
        const used = new Set([...text.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g'))].map((m) => m[1]));
        const expected = [...used].every((name) => names.includes(name)) && used.size > 0;
        if (text.split(eager).length !== 2 || !expected) {
          throw new Error(`${args.path} has changed: update scripts/lazy-builtins.mjs`);
        }
        const getters = names.map((name) => `get ${name}() { return require("${module}").${name}; }`).join(', ');
        // On the same line, so that the lines of the source map still hold.
        return { contents: text.replace(eager, `const ${binding} = { ${getters} };`), loader: 'js' };
      });
    }
  },
};

/**
 * `cntutor lint -`: lint what is piped in, as hadolint, kubeconform and kube-score do, so rendered
 * output is checked without a file in between (`helm template . | cntutor lint -`,
 * `kustomize build overlays/prod | cntutor lint -`, `docker buildx … | …`).
 */
import { candidateKind, looksLikeDockerfile } from '../engine/detect';
import { UsageError, type FileToLint } from './files';
import type { RenderedPart } from './report';

/** The path argument that stands for standard input. */
export const STDIN_ARGUMENT = '-';
/** The name standard input is reported under when `--stdin-filename` gives none. */
const DEFAULT_NAME = '<stdin>';

/**
 * The standard-input target when `-` is the path given, or undefined when files and folders are.
 * Its language is settled here: `--kind`, else what its name says, else its content (a Dockerfile
 * when it reads as one, otherwise YAML, for the lint to judge whether it is Kubernetes).
 */
export async function stdinTarget(
  positionals: readonly string[],
  options: { name: string | undefined; kind: 'dockerfile' | 'yaml' | 'dockercompose' | undefined; fixing: boolean },
  input: NodeJS.ReadStream = process.stdin,
): Promise<FileToLint | undefined> {
  if (!positionals.includes(STDIN_ARGUMENT)) {
    if (options.name !== undefined) throw new UsageError('--stdin-filename names standard input: give - as the path');
    return undefined;
  }
  if (positionals.length > 1) throw new UsageError('- (standard input) cannot be combined with other paths');
  if (options.fixing) {
    throw new UsageError(
      '--fix and --fix-unsafe write fixes back to files, and standard input is none: lint the file itself to fix it',
    );
  }
  if (input.isTTY) {
    throw new UsageError('standard input is a terminal: pipe a file in, e.g. helm template . | cntutor lint -');
  }
  const text = await readAll(input);
  const name = options.name ?? DEFAULT_NAME;
  const byName = candidateKind(name);
  const named = byName === 'compose' ? 'dockercompose' : byName === 'chart' ? 'yaml' : byName;
  const language = options.kind ?? named ?? (looksLikeDockerfile(text) ? 'dockerfile' : 'yaml');
  return { file: name, explicit: true, text, language };
}

async function readAll(input: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (error) {
    throw new UsageError(`cannot read standard input (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The parts of rendered Helm output: `helm template` heads each document with the template it came
 * from (`# Source: shop/templates/deployment.yaml`), so a finding on line 1,532 of the stream can
 * name the template to open.
 */
export function renderedParts(text: string): RenderedPart[] {
  const parts: RenderedPart[] = [];
  if (!text.includes('# Source: ')) return parts;
  text.split('\n').forEach((line, index) => {
    const template = /^# Source: (\S.*?)\s*$/.exec(line)?.[1];
    if (template) parts.push({ line: index, template });
  });
  return parts;
}

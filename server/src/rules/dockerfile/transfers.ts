/**
 * COPY and ADD read as what they move: sources, a destination and where the sources come from.
 */
import { JSONInstruction, ModifiableInstruction, type Flag, type Instruction } from 'dockerfile-ast';
import type { Range } from '../../engine/types';

export interface TransferPath {
  /** Without surrounding quotes. */
  value: string;
  range: Range;
}

export interface Transfer {
  instruction: Instruction;
  keyword: 'COPY' | 'ADD';
  sources: TransferPath[];
  destination: TransferPath | undefined;
  /** The `--from=` flag: sources come from a stage, an image or a named context, not the build context. */
  from: Flag | undefined;
  /** A heredoc source (`COPY <<EOF /etc/conf`): its text is written in the Dockerfile. */
  heredoc: boolean;
}

const unquote = (text: string): string => text.replace(/^(["'])(.*)\1$/s, '$2');

/** Flags that stand alone (`--link`); every other flag of COPY and ADD takes a value. */
const SWITCHES = new Set(['link', 'parents', 'keep-git-dir']);

/** The parts of a COPY or ADD; undefined for other instructions or one without arguments. */
export function transferOf(instruction: Instruction): Transfer | undefined {
  const keyword = instruction.getKeyword();
  if (keyword !== 'COPY' && keyword !== 'ADD') return undefined;
  const flags = instruction instanceof ModifiableInstruction ? instruction.getFlags() : [];
  const from = flags.find((flag) => flag.getName() === 'from');
  const json = instruction instanceof JSONInstruction ? instruction.getJSONStrings() : [];
  const paths: TransferPath[] =
    json.length > 0
      ? json.map((s) => ({ value: s.getJSONValue(), range: s.getRange() }))
      : instruction.getArguments().map((a) => ({ value: unquote(a.getValue()), range: a.getRange() }));
  // `COPY --from builder /a /b` stops the build (dockerfile-syntax reports it); its author meant
  // `--from=builder`, so the word after the value-less flag is that value, not a source.
  const last = flags[flags.length - 1];
  if (json.length === 0 && last && last.getValue() === null && !SWITCHES.has(last.getName())) paths.shift();
  if (paths.length === 0) return undefined;
  const heredoc = paths[0]?.value.startsWith('<<') === true;
  const destination = paths.length >= 2 || heredoc ? paths[paths.length - 1] : undefined;
  return {
    instruction,
    keyword,
    sources: heredoc ? [] : paths.slice(0, -1),
    destination,
    from,
    heredoc,
  };
}

/** A source that names the whole build context: `.`, `./`, `/` or `*`. */
export function isWholeContext(source: string): boolean {
  return /^(\.\/?|\/|\.\/\*|\*)$/.test(source);
}

/** An http(s) address; ADD downloads it. */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** A git repository ADD clones (`git@…`, `….git`, `….git#ref`). */
export function isGitSource(source: string): boolean {
  return /^(git@|git:\/\/|ssh:\/\/)/.test(source) || /\.git(#.*)?$/.test(source);
}

/**
 * The flags of a RUN (`--mount=…`, `--network=…`), read once per instruction. A cache or tmpfs
 * mount keeps what a package manager writes under its target out of the layer, which is as good
 * as cleaning up: rules about caches ask whether a mount covers the directory the manager writes.
 */
import { ModifiableInstruction, type Instruction } from 'dockerfile-ast';

export interface RunMount {
  type: string;
  /** The target with trailing slashes removed. */
  target: string | undefined;
}

const mountsByRun = new WeakMap<Instruction, RunMount[]>();

export function mountsOf(run: Instruction): RunMount[] {
  let mounts = mountsByRun.get(run);
  if (mounts) return mounts;
  mounts = [];
  for (const flag of run instanceof ModifiableInstruction ? run.getFlags() : []) {
    if (flag.getName() !== 'mount') continue;
    const options = new Map(
      (flag.getValue() ?? '').split(',').map((part): [string, string] => {
        const [key = '', ...rest] = part.split('=');
        return [key.trim().toLowerCase(), rest.join('=').trim()];
      }),
    );
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    mounts.push({ type: options.get('type') ?? 'bind', target: target?.replace(/(.)\/+$/, '$1') });
  }
  mountsByRun.set(run, mounts);
  return mounts;
}

/** True when a cache or tmpfs mount of the RUN holds `path`: its target is the path or a directory above it. */
export function mountKeepsOut(run: Instruction, path: string): boolean {
  return mountsOf(run).some(
    ({ type, target }) =>
      (type === 'cache' || type === 'tmpfs') &&
      target !== undefined &&
      (target === path || target === '/' || path.startsWith(`${target}/`)),
  );
}

/** The value of a RUN flag such as `--network`, when given. */
export function runFlag(run: Instruction, name: string): string | undefined {
  if (!(run instanceof ModifiableInstruction)) return undefined;
  return run
    .getFlags()
    .find((flag) => flag.getName() === name)
    ?.getValue()
    ?.trim();
}

/** True when the RUN has flags of its own (mounts, network, security): merging it would change them. */
export function hasRunFlags(run: Instruction): boolean {
  return run instanceof ModifiableInstruction && run.getFlags().length > 0;
}

/** The RUN's flags in a comparable form: two RUNs with the same text here run with the same mounts and network. */
export function runFlagsText(run: Instruction): string {
  if (!(run instanceof ModifiableInstruction)) return '';
  return run
    .getFlags()
    .map((flag) => `${flag.getName()}=${flag.getValue() ?? ''}`)
    .sort()
    .join(' ');
}

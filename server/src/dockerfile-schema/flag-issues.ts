/**
 * Ajv's errors under `/flags` as issues: unknown flags (or flags of another instruction), flags the
 * builder ignores, repeated flags, flags without or with a wrong value, and `--mount` options —
 * unknown, for another mount type, missing or malformed.
 */
import type { ErrorObject } from 'ajv';
import { closest, type SyntaxIssue } from './issues';
import { escapePointer, type InstructionModel } from './model';
import {
  annotation,
  enumValues,
  flagOwners,
  flagsOf,
  mountOptionOwners,
  mountOptions,
  mountTypes,
  type DockerfileSchemaNode,
} from './schema';
import type { Span } from './split';

/** Issues under `/flags`: unknown, ignored, repeated or badly valued flags, and `--mount` options. */
export function flagIssues(model: InstructionModel, error: ErrorObject, path: string[]): SyntaxIssue[] {
  const keyword = model.keyword;
  const [, flag, index, option] = path;
  const occurrences = (name: string): Span[] => {
    const spans: Span[] = [];
    for (let i = 0; ; i++) {
      const found = model.locations.get(`/flags/${escapePointer(name)}/${i}`);
      if (!found?.key) return spans;
      spans.push(found.key);
    }
  };
  if (flag === undefined) {
    if (error.keyword === 'maxProperties') {
      const flags = Object.keys((model.object.flags ?? {}) as object);
      return flags.flatMap((name) =>
        occurrences(name).map((span) => ({
          code: 'flags-ignored' as const,
          span,
          data: { keyword, flag: `--${name}` },
          warning: true,
        })),
      );
    }
    const unknown = String(error.params.additionalProperty ?? '');
    const owners = flagOwners(unknown).filter((k) => k !== keyword);
    const suggestion = owners.length > 0 ? undefined : closest(unknown, Object.keys(flagsOf(keyword)));
    return occurrences(unknown).map((span): SyntaxIssue =>
      owners.length > 0
        ? { code: 'flag-elsewhere', span, data: { flag: `--${unknown}`, keyword, owners: owners.join(', ') } }
        : {
            code: 'unknown-flag',
            span,
            data: { flag: `--${unknown}`, keyword, ...(suggestion ? { suggestion: `--${suggestion}` } : {}) },
            ...(suggestion ? { fix: { span, text: `--${suggestion}` } } : {}),
          },
    );
  }
  if (index === undefined) {
    if (error.keyword !== 'maxItems') return [];
    return occurrences(flag)
      .slice(Number(error.params.limit ?? 1))
      .map((span) => ({ code: 'duplicate-flag' as const, span, data: { flag: `--${flag}` } }));
  }
  const located = model.locations.get(error.instancePath);
  if (!located) return [];
  if (keyword === 'RUN' && flag === 'mount') return mountIssues(model, error, Number(index), option, located);
  const node = flagsOf(keyword)[flag];
  if (error.data === null)
    return [
      {
        code: 'flag-needs-value',
        span: located.key ?? located.value,
        data: { flag: `--${flag}`, value: annotation(node, 'x-value') ?? '' },
      },
    ];
  return [badValue('bad-flag-value', { flag: `--${flag}` }, String(error.data), located.value, error, node)];
}

function mountIssues(
  model: InstructionModel,
  error: ErrorObject,
  index: number,
  option: string | undefined,
  located: { key?: Span; value: Span },
): SyntaxIssue[] {
  const mount = (model.object.flags as Record<string, unknown[]>).mount?.[index] as Record<
    string,
    string | null
  > | null;
  const type = typeof mount?.type === 'string' ? mount.type : 'bind';
  const schema = error.parentSchema as DockerfileSchemaNode | undefined;
  if (option === undefined) {
    if (mount === null) {
      const value = annotation(flagsOf('RUN').mount, 'x-value') ?? '';
      return [{ code: 'flag-needs-value', span: located.key ?? located.value, data: { flag: '--mount', value } }];
    }
    if (error.keyword === 'additionalProperties') {
      const name = String(error.params.additionalProperty ?? '');
      const span = model.locations.get(`${error.instancePath}/${escapePointer(name)}`)?.key ?? located.value;
      const owners = mountOptionOwners(name).filter((t) => t !== type);
      if (owners.length > 0)
        return [{ code: 'mount-option-elsewhere', span, data: { option: name, type, owners: owners.join(', ') } }];
      const suggestion = closest(
        name,
        Object.keys(mountOptions(type)).filter((o) => !mountOptions(type)[o]?.['x-hidden']),
      );
      return [
        {
          code: 'unknown-mount-option',
          span,
          data: { option: name, type, ...(suggestion ? { suggestion } : {}) },
          ...(suggestion ? { fix: { span, text: suggestion } } : {}),
        },
      ];
    }
    const expects = schema?.['x-expects'];
    if (error.keyword === 'not') return [{ code: 'secret-id-and-source', span: located.value, data: {} }];
    if (expects === 'secret-id') return [{ code: 'secret-needs-id', span: located.value, data: {} }];
    // A missing target is no error of the mount alone: it depends on the working directory (mount-targets.ts).
    return [];
  }
  if (error.data === null)
    return [{ code: 'mount-option-needs-value', span: located.key ?? located.value, data: { option } }];
  if (error.params.format === 'no-variable') return [{ code: 'mount-from-variable', span: located.value, data: {} }];
  if (option === 'type') {
    const suggestion = closest(String(error.data), mountTypes());
    return [
      {
        code: 'unknown-mount-type',
        span: located.value,
        data: { value: String(error.data), allowed: mountTypes().join(', '), ...(suggestion ? { suggestion } : {}) },
        ...(suggestion ? { fix: { span: located.value, text: suggestion } } : {}),
      },
    ];
  }
  return [
    badValue('bad-mount-value', { option }, String(error.data), located.value, error, mountOptions(type)[option]),
  ];
}

/** A value outside a fixed set (with the nearest one) or not in its format. */
function badValue(
  code: 'bad-flag-value' | 'bad-mount-value',
  data: Record<string, string>,
  value: string,
  span: Span,
  error: ErrorObject,
  node: DockerfileSchemaNode | undefined,
): SyntaxIssue {
  const allowed = enumValues(node);
  if (allowed.length > 0 && error.keyword !== 'format') {
    const suggestion = closest(value, allowed);
    return {
      code,
      span,
      data: { ...data, value, allowed: allowed.join(', '), expects: 'enum', ...(suggestion ? { suggestion } : {}) },
      ...(suggestion ? { fix: { span, text: suggestion } } : {}),
    };
  }
  return { code, span, data: { ...data, value, expects: String(error.params.format ?? error.keyword) } };
}

import type { Arg, Dockerfile, From } from 'dockerfile-ast';

/** Names the build argument declarations before the first FROM give, with their defaults. */
export function globalArgs(file: { ast: Dockerfile }): Map<string, string | undefined> {
  const args = new Map<string, string | undefined>();
  // `ARG GO=1.23 PY=3.12` declares both (getProperty answers only for a lone name).
  for (const arg of file.ast.getInitialARGs() as Arg[]) {
    for (const property of arg.getProperties()) {
      const name = property.getName();
      if (name) args.set(name, property.getValue() ?? undefined);
    }
  }
  return args;
}

/**
 * The FROM image with the defaults of the ARGs before the first FROM put in where they are known:
 * `FROM ${BASE_IMAGE}:${TAG}` for telling the platform, `FROM build-${VARIANT}` for the stage it names.
 */
export function imageWithDefaults(file: { ast: Dockerfile }, from: From): string {
  const image = from.getImage() ?? '';
  return image.includes('$') ? withArgDefaults(image, globalArgs(file)) : image;
}

/** The text with the variables whose values are known put in; the others stay as written. */
export function withArgDefaults(text: string, values: ReadonlyMap<string, string | undefined>): string {
  return expandArgs(text, values).text;
}

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-word}` and `${NAME-word}` the way BuildKit does for FROM.
 * Returns undefined when a variable has no known value, so callers stay quiet instead of guessing.
 */
export function resolveArgs(text: string, values: ReadonlyMap<string, string | undefined>): string | undefined {
  const { text: result, unknown } = expandArgs(text, values);
  return unknown || result.includes('$') ? undefined : result;
}

function expandArgs(text: string, values: ReadonlyMap<string, string | undefined>): { text: string; unknown: boolean } {
  let unknown = false;
  const result = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (whole, braced: string | undefined, operator: string | undefined, word: string | undefined, bare) => {
      const value = values.get((braced ?? bare) as string);
      if (operator === ':-' && !value) return word ?? '';
      if (operator === '-' && value === undefined) return word ?? '';
      if (value !== undefined) return value;
      unknown = true;
      return whole;
    },
  );
  return { text: result, unknown };
}

import type { Arg, Dockerfile, From } from 'dockerfile-ast';

/**
 * The FROM image with the defaults of the ARGs before the first FROM put in where they are known:
 * `FROM ${BASE_IMAGE}:${TAG}` for telling the platform, `FROM build-${VARIANT}` for the stage it names.
 */
export function imageWithDefaults(file: { ast: Dockerfile }, from: From): string {
  const image = from.getImage() ?? '';
  if (!image.includes('$')) return image;
  const defaults = new Map<string, string>();
  for (const arg of file.ast.getInitialARGs() as Arg[]) {
    const property = arg.getProperty();
    const name = property?.getName();
    const value = property?.getValue();
    if (name && value) defaults.set(name, value);
  }
  return withArgDefaults(image, defaults);
}

/** `${NAME}`, `$NAME` and `${NAME:-word}` given the defaults known; the rest as written. */
export function withArgDefaults(text: string, defaults: ReadonlyMap<string, string>): string {
  if (!text.includes('$')) return text;
  return text.replace(
    /\$(?:\{([A-Za-z_]\w*)(?::?-([^}]*))?\}|([A-Za-z_]\w*))/g,
    (whole, braced: string | undefined, fallback: string | undefined, bare: string | undefined) =>
      defaults.get((braced ?? bare) as string) ?? fallback ?? whole,
  );
}

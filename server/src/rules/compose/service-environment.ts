import type { ComposeContext } from '../../engine/compose/context';
import type { ComposeService } from '../../engine/compose/parse';
import { isInterpolated } from '../../engine/compose/interpolation';
import { serviceEnvFileVariables } from './service-env-files';
import { entryText, environmentEntries } from './service-items';
import { readValue } from './value-reading';

/** The environment a service's container starts with, as far as the project's files say. */
export interface ContainerEnvironment {
  /** The variables whose values the files give, as Compose reads them. */
  values: Map<string, string>;
  /**
   * The variables chosen when the stack starts, with their text as written: a name alone (`- PORT`)
   * the `.env` does not set takes the shell's value, and so does a value reading such a variable.
   */
  unknown: Map<string, string>;
  /** An env file could not be read here: any variable may be set. */
  filesUnread: boolean;
}

/**
 * A service's env files (later files winning) under its `environment` entries, as Compose builds
 * the container's environment: values read with the project's `.env` and the defaults written, and
 * a name alone taking the `.env`'s value (Compose passes on the shell's, else the environment
 * files'). `service.value` is the service as Compose merges it, so an override's entries count.
 */
export function containerEnvironment(ctx: ComposeContext, service: ComposeService): ContainerEnvironment {
  const fromFiles = serviceEnvFileVariables(ctx, service.value);
  const values = new Map(fromFiles ?? []);
  const unknown = new Map<string, string>();
  for (const entry of environmentEntries(ctx, service)) {
    const written = entryText(entry);
    const value = isInterpolated(written) ? readValue(ctx, written) : written;
    values.delete(entry.name);
    if (value === undefined) unknown.set(entry.name, written);
    else values.set(entry.name, value);
  }
  return { values, unknown, filesUnread: fromFiles === undefined };
}

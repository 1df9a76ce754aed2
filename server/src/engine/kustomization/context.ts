import type { Config } from '../config';
import { GoYamlFileContext } from '../go-yaml-context';
import type { ParsedGoYamlFile } from '../go-yaml-file';
import type { KustomizationRule, Report } from '../rule';
import type { Locale } from '../types';
import type { KustomizationSurroundings } from '../../kustomize/surroundings';
import type { WorkspaceIndex } from '../workspace';

/** What a kustomization rule sees: the parsed file, the configuration, the paths around it, where to report. */
export class KustomizationContext extends GoYamlFileContext {
  constructor(
    file: ParsedGoYamlFile,
    uri: string,
    rule: KustomizationRule,
    locale: Locale,
    sink: (report: Report) => void,
    config: Config,
    /**
     * The files and folders the kustomization names, looked up by the caller; undefined when the
     * file was linted alone, and the rules about them stay quiet.
     */
    readonly surroundings?: KustomizationSurroundings,
    /** The workspace index, for the objects the kustomization builds; undefined when linted alone. */
    readonly workspace?: WorkspaceIndex,
  ) {
    super(file, uri, rule, locale, sink, config);
  }

  /** The file's name as written on disk, for messages. */
  get fileName(): string {
    return decodeURIComponent(this.uri.split(/[\\/]/).pop() ?? 'kustomization.yaml');
  }
}

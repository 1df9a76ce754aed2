import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Config } from '../config';
import { ReportingContext, type ComposeRule, type Report } from '../rule';
import type { Locale, Range } from '../types';
import type { ComposePartner, IndexedComposeService, WorkspaceIndex } from '../workspace';
import { mergeServices } from './merge';
import type { ComposeService, ParsedCompose } from './parse';
import { serviceImage, type ServiceImage } from './service-image';

/** What a Compose rule sees: the parsed file, its services, and where to report. */
export class ComposeContext extends ReportingContext {
  constructor(
    readonly file: ParsedCompose,
    readonly uri: string,
    rule: ComposeRule,
    locale: Locale,
    sink: (report: Report) => void,
    readonly config: Config,
    readonly workspace?: WorkspaceIndex,
  ) {
    super(rule, locale, sink);
  }

  /** The Dockerfile the service's image comes from (see `serviceImage`), as the project runs the service. */
  imageOf(service: ComposeService): ServiceImage | undefined {
    return this.imageOfValue(this.projectValue(service.name) ?? service.value);
  }

  imageOfValue(value: Record<string, unknown>): ServiceImage | undefined {
    return serviceImage(this.workspace, this.uri, value);
  }

  /**
   * The other file of the project Compose reads this one with (an override, or the base of an
   * override; see `WorkspaceIndex.composePartner`); undefined when there is none or it is unknown.
   */
  get partner(): ComposePartner | undefined {
    if (this.partnerLooked === undefined) this.partnerLooked = { found: this.workspace?.composePartner?.(this.uri) };
    return this.partnerLooked.found;
  }
  private partnerLooked: { found: ComposePartner | undefined } | undefined;

  /** The names of the project's services: this file's and its partner's. */
  projectNames(): string[] {
    return [...new Set([...this.byName().own.keys(), ...this.byName().partner.keys()])];
  }

  /** This file's service of that name. */
  service(name: string): ComposeService | undefined {
    return this.byName().own.get(name);
  }

  /** A service as Compose runs it: this file's definition merged with its partner's, in Compose's order. */
  projectValue(name: string): Record<string, unknown> | undefined {
    const own = this.service(name)?.value;
    const other = this.byName().partner.get(name)?.value;
    if (!own && !other) return undefined;
    return this.partner?.role === 'base' ? mergeServices(other, own) : mergeServices(own, other);
  }

  /** Where the partner file defines the service, for related locations. */
  partnerService(name: string): { uri: string; range: Range } | undefined {
    const partner = this.partner;
    const service = this.byName().partner.get(name);
    return partner && service ? { uri: partner.uri, range: service.range } : undefined;
  }

  /** The services of this file and of its partner by name, made once: rules look them up per service. */
  private byName(): { own: Map<string, ComposeService>; partner: Map<string, IndexedComposeService> } {
    this.named ??= {
      own: new Map(this.services.map((service) => [service.name, service])),
      partner: new Map((this.partner?.services ?? []).map((service) => [service.name, service])),
    };
    return this.named;
  }
  private named: { own: Map<string, ComposeService>; partner: Map<string, IndexedComposeService> } | undefined;

  /** The services as Compose reads them, in the order of the file. */
  get services(): readonly ComposeService[] {
    return this.file.services;
  }

  /** The range of a node's source text; the first character of the file when it has none. */
  rangeOf(node: Node | null | undefined): Range {
    const range = node?.range;
    if (!range) return this.file.index.rangeOf(0, 0);
    return this.file.index.rangeOf(range[0], range[1]);
  }

  /** A key's node in a service as written, when it is there rather than merged in from an anchor. */
  keyNode(service: ComposeService, key: string): Node | undefined {
    return keyNodeIn(service.node, key);
  }

  /**
   * Where a finding about a service's key goes: the key as written, or the service's name when
   * the key comes from a merged anchor (or the service is not a mapping).
   */
  keyRange(service: ComposeService, key: string): Range {
    return this.rangeOf(this.keyNode(service, key) ?? service.key);
  }

  /** Where a finding about a value goes: the value as written, else as for keyRange. */
  valueRange(service: ComposeService, key: string): Range {
    const value = service.node?.get(key, true);
    if (value && typeof value === 'object' && 'range' in value && value.range) return this.rangeOf(value as Node);
    return this.keyRange(service, key);
  }
}

/** The key node of `key` in a map, if the map holds it itself. */
export function keyNodeIn(map: YAMLMap | undefined, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  for (const pair of map.items) if (isScalar(pair.key) && pair.key.value === key) return pair.key;
  return undefined;
}

/**
 * Hover on a Dockerfile instruction, flag, `--mount` type or option, or parser directive: what it
 * does, in the user's language, from the schema's descriptions, with the instruction's syntax and
 * a link to the concept note behind it (the build cache for `type=cache`, build secrets for `type=secret`…).
 */
import { getConcept } from '../concepts';
import type { Locale } from '../engine/types';
import { spotAt, type Spot } from './locate';
import {
  annotation,
  describe,
  directiveSchemas,
  flagSchema,
  instructionSchema,
  mountOptions,
  mountTypeSchema,
  referenceUrl,
  type DockerfileSchemaNode,
} from './schema';
import type { Span } from './split';

export interface DockerfileHover {
  /** Markdown. */
  contents: string;
  /** Document offsets of what the hover is about. */
  span: Span;
}

export interface HoverOptions {
  locale?: Locale;
  /** The link that opens a concept note; without it, hovers name no note. */
  conceptLink?: (concept: string) => string;
}

const LABELS = {
  en: {
    since: 'Dockerfile {v} or later',
    option: 'option of a type={type} mount',
    alias: 'Same as {name}.',
    reference: 'Dockerfile reference',
    learn: 'Learn more',
    directive: 'parser directive',
    mount: 'mount type',
  },
  ko: {
    since: 'Dockerfile {v} 이상',
    option: 'type={type} 마운트의 옵션',
    alias: '{name} 옵션과 같습니다.',
    reference: 'Dockerfile 레퍼런스',
    learn: '더 알아보기',
    directive: '파서 지시어',
    mount: '마운트 유형',
  },
};

export function dockerfileHoverAt(
  text: string,
  offset: number,
  options: HoverOptions = {},
): DockerfileHover | undefined {
  const spot = spotAt(text, offset);
  if (!spot) return undefined;
  const locale = options.locale ?? 'en';
  const contents = render(spot, locale, options.conceptLink);
  return contents ? { contents, span: spot.span } : undefined;
}

function render(spot: Spot, locale: Locale, link: HoverOptions['conceptLink']): string | undefined {
  const labels = LABELS[locale];
  const fill = (template: string, data: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_m, k: string) => data[k] ?? '');
  const section = (title: string, node: DockerfileSchemaNode | undefined, extra: string[] = []): string | undefined => {
    const description = describe(node, locale);
    if (!description) return undefined;
    const parts = [title, description, ...extra];
    const concept = annotation(node, 'x-concept');
    const note = concept && link ? getConcept(concept, locale) : undefined;
    if (note && concept && link) parts.push(`[${labels.learn}: ${note.title}](${link(concept)})`);
    return parts.join('\n\n');
  };
  switch (spot.kind) {
    case 'keyword': {
      const node = instructionSchema(spot.keyword);
      const usage = node?.['x-usage'];
      const syntax = usage ? [`\`\`\`dockerfile\n${usage.join('\n')}\n\`\`\``] : [];
      return section(`**${spot.keyword}**`, node, [...syntax, `[${labels.reference}](${referenceUrl(spot.keyword)})`]);
    }
    case 'flag': {
      const node = flagSchema(spot.keyword, spot.flag);
      const since = annotation(node, 'x-since');
      const value = annotation(node, 'x-value');
      const title = [
        `**--${spot.flag}**`,
        `\`${spot.keyword}\``,
        ...(since ? [fill(labels.since, { v: since })] : []),
      ].join(' · ');
      return section(title, node, value ? [`\`--${spot.flag}${value.startsWith('[') ? value : `=${value}`}\``] : []);
    }
    case 'mount-type':
      return section(`**type=${spot.type}** · \`RUN --mount\` ${labels.mount}`, mountTypeSchema(spot.type));
    case 'mount-option': {
      const node = mountOptions(spot.type)[spot.option];
      const alias = node?.['x-alias-of'];
      const target = alias ? mountOptions(spot.type)[alias] : node;
      const title = `**${spot.option}** · ${fill(labels.option, { type: spot.type })}`;
      return section(title, target, alias ? [fill(labels.alias, { name: alias })] : []);
    }
    case 'directive': {
      const node = directiveSchemas()[spot.name];
      return section(`**# ${spot.name}=** · ${labels.directive}`, node);
    }
  }
}

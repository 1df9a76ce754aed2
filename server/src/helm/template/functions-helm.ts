/** Helm's own template functions, and the table of every function the render knows. */
import { RenderFailure } from './failure';
import { type FunctionTable, type TemplateFunction, fn, str } from './function-types';
import { COLLECTION_FUNCTIONS } from './functions-collections';
import { GO_FUNCTIONS } from './functions-go';
import { STRING_FUNCTIONS } from './functions-strings';
import { VALUE_FUNCTIONS } from './functions-values';
import { fromJson, mustToJson, toJson } from './json-encode';
import { SEMVER_FUNCTIONS } from './semver';
import { toYaml } from './yaml-emit';
import { fromYaml } from './yaml-read';

const HELM_FUNCTIONS: FunctionTable = {
  // Go's ExecuteTemplate turns a nil interface into no value at all, so a template included with
  // nil data reads its fields quietly as nothing instead of failing.
  include: fn(['string', 'any'], ([name, data], context) => context.include(str(name), data ?? undefined)),
  tpl: fn(['string', 'values'], ([text, values], context) => context.tpl(str(text), values ?? null)),
  toYaml: fn(['any'], ([value]) => toYaml(value ?? null)),
  toJson: fn(['any'], ([value]) => toJson(value ?? null)),
  mustToJson: fn(['any'], ([value]) => mustToJson(value ?? null)),
  fromJson: fn(['string'], ([text]) => fromJson(str(text), 'map')),
  fromJsonArray: fn(['string'], ([text]) => fromJson(str(text), 'list')),
  fromYaml: fn(['string'], ([text]) => fromYaml(str(text), 'map')),
  fromYamlArray: fn(['string'], ([text]) => fromYaml(str(text), 'list')),
};

/**
 * Sprig's `must` twins of list functions: the same result, and an error where the other panics,
 * which a template reports the same way (`error calling mustFirst: …`).
 */
const MUST_TWINS = [
  'first',
  'last',
  'rest',
  'initial',
  'append',
  'push',
  'prepend',
  'uniq',
  'without',
  'has',
  'compact',
  'slice',
  'deepCopy',
];

const SUPPORTED: FunctionTable = {
  ...GO_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...Object.fromEntries(
    MUST_TWINS.flatMap((name) => {
      const twin = COLLECTION_FUNCTIONS[name];
      return twin ? [[`must${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`, twin]] : [];
    }),
  ),
  ...VALUE_FUNCTIONS,
  ...SEMVER_FUNCTIONS,
  ...HELM_FUNCTIONS,
};

/** Why some functions Helm has are left out: each would make the output depend on more than the chart. */
export const UNSUPPORTED_REASONS: Record<string, string> = {
  lookup: 'reads the live cluster, which a linter cannot see',
  getHostByName: 'asks DNS, which a linter does not',
  now: 'reads the clock, so each render differs',
  date: 'reads or formats time, which this renderer does not reproduce',
  uuidv4: 'is random, so each render differs',
  randAlphaNum: 'is random, so each render differs',
  randAlpha: 'is random, so each render differs',
  randAscii: 'is random, so each render differs',
  randNumeric: 'is random, so each render differs',
  randBytes: 'is random, so each render differs',
  randInt: 'is random, so each render differs',
  shuffle: 'is random, so each render differs',
  genCA: 'generates keys, so each render differs',
  genPrivateKey: 'generates keys, so each render differs',
  genSelfSignedCert: 'generates keys, so each render differs',
  genSignedCert: 'generates keys, so each render differs',
  bcrypt: 'salts at random, so each render differs',
  htpasswd: 'salts at random, so each render differs',
  values: "returns a map's values in Go's random order",
};

/** Every other function Helm 3 templates may call (Sprig's and Helm's), known so that a call is reported as unsupported, not as a typo. */
const OTHER_HELM_FUNCTIONS =
  `abbrev abbrevboth add1f addf adler32sum ago all any b32dec b32enc base biggest buildCustomCert
camelcase ceil chunk clean concat date_in_zone date_modify dateInZone dateModify decryptAES deepEqual derivePassword dig dir
divf duration durationRound encryptAES ext floor genCAWithKey genSelfSignedCertWithKey
genSignedCertWithKey hello htmlDate htmlDateInZone initials isAbs kebabcase maxf minf mulf mustChunk
mustDateModify mustFromJson mustMerge mustMergeOverwrite
mustRegexFind mustRegexFindAll mustRegexMatch mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit
mustReverse mustToDate mustToPrettyJson mustToRawJson mustToYaml must_date_modify
nospace osBase osClean osDir osExt osIsAbs plural regexFindAll regexQuoteMeta regexReplaceAllLiteral regexSplit
repeat reverse round semver seq sha1sum snakecase substr swapcase toDate toDecimal toPrettyJson toRawJson toToml toYamlPretty
typeIsLike unixEpoch untitle urlJoin urlParse wrap wrapWith`.split(/\s+/);

/** Whether Helm knows a function by this name: parsing a template that calls any other name fails in Helm. */
export function isHelmFunction(name: string): boolean {
  return (
    Object.hasOwn(SUPPORTED, name) || Object.hasOwn(UNSUPPORTED_REASONS, name) || OTHER_HELM_FUNCTIONS.includes(name)
  );
}

/** Why a function Helm has, and the renderer has not, stops the render. */
export const OUTSIDE_THE_SUBSET = 'is outside the functions this renderer reproduces exactly';

export function lookupFunction(name: string): TemplateFunction {
  if (Object.hasOwn(SUPPORTED, name)) return SUPPORTED[name] as TemplateFunction;
  const reason = UNSUPPORTED_REASONS[name];
  return fn(
    [],
    () => {
      throw RenderFailure.unsupported(reason ? `\`${name}\` ${reason}.` : `\`${name}\` ${OUTSIDE_THE_SUBSET}.`);
    },
    'any',
  );
}

/**
 * Schema validation against a corpus of real manifests (by default ../shared/corpus), outside the
 * test command because a fresh clone has no corpus. Every manifest must be free of schema errors
 * except the ones listed below, each genuinely wrong for the reason given; it also times
 * validation on the edit target and on all manifests joined.
 *
 *   node --import tsx scripts/check-schema-corpus.ts [corpus-folder]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, lint } from '../server/src/engine';
import { YamlDocumentCache } from '../server/src/engine/kubernetes/document-cache';
import { allRules } from '../server/src/rules';

const SCHEMA_RULES = allRules().filter((r) =>
  ['kubernetes-schema', 'removed-api-version', 'deprecated-api-version', 'unknown-custom-resource'].includes(r.id),
);

/** Files with schema errors, and why each is right to have them. */
const GENUINELY_WRONG: Record<string, string> = {
  '_archived__volumes__aws_ebs__aws-ebs-web.yaml': 'protocol "tcp": the API accepts only TCP, UDP, SCTP',
  '_archived__volumes__cinder__cinder-web.yaml': 'protocol "tcp": the API accepts only TCP, UDP, SCTP',
  '_archived__volumes__fibre_channel__fc.yaml': 'lun is the placeholder "<ADD LUN ID Here>", not an integer',
  '_archived__volumes__rbd__rbd.yaml':
    'imageformat and imagefeatures are StorageClass parameters, not RBD volume fields',
  '_archived__volumes__scaleio__pod.yaml': 'protectionDoamin is a typo of protectionDomain',
  '_archived__volumes__storageos__storageos-pod.yaml': 'pool is no StorageOS volume field',
  '_archived__volumes__storageos__storageos-pv.yaml': 'secretName is no StorageOS field (secretRef is)',
  '_archived__cockroachdb__cockroachdb-statefulset.yaml': 'PodDisruptionBudget policy/v1beta1, removed in 1.25',
  '_archived__newrelic-infrastructure__newrelic-infra-daemonset.yaml': 'DaemonSet extensions/v1beta1, removed in 1.16',
  '_archived__volumes__flexvolume__deploy__ds.yaml': 'DaemonSet extensions/v1beta1, removed in 1.16',
  '_archived__podsecuritypolicy__rbac__policies.yaml': 'PodSecurityPolicy, removed in 1.25 with no replacement',
  '_archived__volumes__azure_disk__claim__blob-based-disk__account-specified-hdd__storageclass-account-hdd.yaml':
    'StorageClass storage.k8s.io/v1beta1, removed in 1.22',
  '_archived__volumes__azure_disk__claim__blob-based-disk__dedicated-hdd__storageclass-dedicated-hdd.yaml':
    'StorageClass storage.k8s.io/v1beta1, removed in 1.22',
  '_archived__volumes__azure_disk__claim__blob-based-disk__shared-hdd__storageclass-shared-hdd.yaml':
    'StorageClass storage.k8s.io/v1beta1, removed in 1.22',
  '_archived__volumes__azure_disk__claim__blob-based-disk__shared-ssd__storageclass-shared-ssd.yaml':
    'StorageClass storage.k8s.io/v1beta1, removed in 1.22',
  '_archived__volumes__azure_disk__claim__managed-disk__managed-hdd__storageclass-managed-hdd.yaml':
    'StorageClass storage.k8s.io/v1beta1, removed in 1.22',
  '_archived__volumes__azure_disk__claim__managed-disk__managed-ssd__storageclass-managed-ssd.yaml':
    'StorageClass storage.k8s.io/v1beta1, removed in 1.22',
};

function manifests(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) manifests(full, out);
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Lints `text`, then times one-character edits (each one a new text) through the language server's cache. */
function timeEdits(label: string, text: string): void {
  const cache = new YamlDocumentCache();
  const run = (t: string) =>
    lint(t, 'file:///bench/manifest.yaml', DEFAULT_CONFIG, { rules: SCHEMA_RULES, yamlCache: cache });
  let start = performance.now();
  run(text);
  const first = performance.now() - start;
  const times: number[] = [];
  const at = text.indexOf('name:', Math.floor(text.length / 2)) + 6;
  for (let i = 0; i < 50; i++) {
    const edited = `${text.slice(0, at)}${String.fromCharCode(97 + (i % 26))}${text.slice(at)}`;
    start = performance.now();
    run(edited);
    times.push(performance.now() - start);
  }
  const fresh: number[] = [];
  for (let i = 0; i < 10; i++) {
    start = performance.now();
    lint(text, 'file:///bench/manifest.yaml', DEFAULT_CONFIG, { rules: SCHEMA_RULES });
    fresh.push(performance.now() - start);
  }
  const lines = text.split('\n').length;
  console.log(
    `${label} (${lines} lines): first lint ${first.toFixed(1)} ms (compiles validators); ` +
      `full re-lint ${median(fresh).toFixed(2)} ms; one-character edit ${median(times).toFixed(2)} ms (median of 50)`,
  );
}

function main(): void {
  const corpus = path.resolve(process.argv[2] ?? path.join(__dirname, '../../shared/corpus'));
  const k8s = path.join(corpus, 'k8s');
  if (!existsSync(k8s)) {
    console.error(`no corpus at ${k8s}`);
    process.exit(2);
  }
  const files = manifests(k8s);
  const unexpected: string[] = [];
  const confirmed: string[] = [];
  let info = 0;
  for (const file of files) {
    const findings = lint(readFileSync(file, 'utf8'), file, DEFAULT_CONFIG, { rules: SCHEMA_RULES }).findings;
    info += findings.filter((f) => f.severity !== 'error').length;
    const errors = findings.filter((f) => f.severity === 'error');
    const name = path.basename(file);
    if (errors.length > 0 && GENUINELY_WRONG[name]) confirmed.push(`${name}: ${GENUINELY_WRONG[name]}`);
    else if (errors.length > 0) {
      for (const f of errors)
        unexpected.push(`${path.relative(k8s, file)}:${f.range.start.line + 1}: ${f.ruleId} ${f.message}`);
    } else if (GENUINELY_WRONG[name]) unexpected.push(`${name}: listed as wrong but has no error any more`);
  }
  console.log(`${files.length} manifests; ${confirmed.length} genuinely wrong, as expected; ${info} warnings or notes`);
  for (const line of confirmed) console.log(`  ${line}`);
  const editTarget = path.join(corpus, 'edit-target.yaml');
  if (existsSync(editTarget)) timeEdits('edit-target.yaml', readFileSync(editTarget, 'utf8'));
  timeEdits('all manifests joined', files.map((f) => readFileSync(f, 'utf8').replace(/\s*$/, '\n')).join('---\n'));
  if (unexpected.length > 0) {
    console.error(`\n${unexpected.length} unexpected:\n  ${unexpected.join('\n  ')}`);
    process.exit(1);
  }
}

main();

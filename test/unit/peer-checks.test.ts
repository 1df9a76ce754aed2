import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PEER_CHECKS,
  PEER_TOOL_NAMES,
  PEER_TOOLS,
  type PeerTool,
  findPeerCheck,
} from '../../server/src/rules/peer-checks';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The shape of each tool's ids, as the tool spells them. */
const ID_SHAPE: Record<PeerTool, RegExp> = {
  hadolint: /^(?:DL\d{4}|SC)$/,
  buildkit: /^(?:[A-Z][A-Za-z]*){2,}$/,
  kubeLinter: KEBAB,
  kubeScore: KEBAB,
  polaris: /^[a-z]+(?:[A-Z0-9][a-z0-9]*)+$/,
  pss: KEBAB,
  trivy: /^KSV\d{3}$/,
  checkov: /^CKV_K8S_[1-9]\d*$/,
  dclint: KEBAB,
  helmLint: /^validate[A-Z][A-Za-z]+$/,
};

/** The severities each tool uses by default; tools absent here carry none. */
const SEVERITIES: Partial<Record<PeerTool, readonly string[]>> = {
  hadolint: ['error', 'warning', 'info', 'style', 'ignore'],
  polaris: ['danger', 'warning', 'ignore'],
  dclint: ['error', 'warning'],
  helmLint: ['error', 'warning', 'info'],
};

/** Tools whose every check says whether it runs without being asked for. */
const WITH_DEFAULT_ON: readonly PeerTool[] = ['buildkit', 'kubeLinter', 'kubeScore', 'polaris', 'dclint', 'helmLint'];

/** Lower bounds, so a list cut short by an editing slip fails. */
const AT_LEAST: Record<PeerTool, number> = {
  hadolint: 71,
  buildkit: 22,
  kubeLinter: 60,
  kubeScore: 39,
  polaris: 44,
  pss: 16,
  trivy: 70,
  checkov: 100,
  dclint: 15,
  helmLint: 17,
};

describe('peer checks catalogue', () => {
  it('names every tool and lists checks for each', () => {
    assert.deepEqual([...PEER_TOOLS].sort(), Object.keys(PEER_CHECKS).sort());
    for (const tool of PEER_TOOLS) {
      assert.ok(PEER_TOOL_NAMES[tool].trim().length > 0, tool);
      assert.ok(PEER_CHECKS[tool].length >= AT_LEAST[tool], `${tool}: ${PEER_CHECKS[tool].length} checks`);
    }
  });

  for (const tool of PEER_TOOLS) {
    describe(tool, () => {
      const checks = PEER_CHECKS[tool];

      it('has unique ids in the tool’s own shape', () => {
        const ids = checks.map((check) => check.id);
        const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
        assert.deepEqual(duplicates, []);
        const misshapen = ids.filter((id) => !ID_SHAPE[tool].test(id));
        assert.deepEqual(misshapen, []);
      });

      it('has a one-line English summary for every check', () => {
        for (const { id, summary } of checks) {
          assert.ok(summary.trim().length >= 12, `${id}: summary too short`);
          assert.equal(summary, summary.trim(), `${id}: summary has outer spaces`);
          assert.doesNotMatch(summary, /[\r\n]/, `${id}: summary spans lines`);
          assert.match(summary, /[.)]$/, `${id}: summary is not a sentence`);
        }
      });

      it('uses only the tool’s severities', () => {
        const allowed = SEVERITIES[tool];
        for (const { id, severity } of checks) {
          // hadolint's SC entry stands for many ShellCheck rules, each with its own severity.
          if (allowed && id !== 'SC')
            assert.ok(severity && allowed.includes(severity), `${id}: severity ${String(severity)}`);
          else assert.equal(severity, undefined, `${id}: ${tool} has no severities`);
        }
      });

      it('says whether each check runs by default where the tool has such a switch', () => {
        for (const check of checks) {
          if (WITH_DEFAULT_ON.includes(tool)) assert.equal(typeof check.defaultOn, 'boolean', check.id);
          if (check.experimental) assert.equal(check.defaultOn, false, `${check.id}: experimental yet on`);
          if (check.kinds) {
            assert.ok(check.kinds.length > 0, `${check.id}: empty kinds`);
            for (const kind of check.kinds) assert.match(kind, /^[A-Z][A-Za-z]+$/, `${check.id}: kind ${kind}`);
          }
        }
      });
    });
  }

  it('keeps known checks with their properties', () => {
    assert.equal(findPeerCheck('hadolint', 'DL3008')?.severity, 'warning');
    assert.equal(findPeerCheck('hadolint', 'DL3005')?.deprecated, true);
    assert.ok(findPeerCheck('hadolint', 'SC'));
    assert.equal(findPeerCheck('hadolint', 'SC2086'), undefined);
    assert.ok(findPeerCheck('buildkit', 'JSONArgsRecommended')?.defaultOn);
    assert.equal(findPeerCheck('buildkit', 'InvalidDefinitionDescription')?.experimental, true);
    assert.ok(findPeerCheck('kubeLinter', 'latest-tag')?.defaultOn);
    assert.equal(findPeerCheck('kubeScore', 'container-ports-check')?.defaultOn, false);
    assert.ok(findPeerCheck('kubeScore', 'container-resources')?.defaultOn);
    assert.ok(findPeerCheck('polaris', 'runAsRootAllowed'));
    assert.ok(findPeerCheck('pss', 'privileged-containers'));
    assert.ok(findPeerCheck('trivy', 'KSV001'));
    assert.ok(findPeerCheck('checkov', 'CKV_K8S_8'));
    assert.equal(findPeerCheck('trivy', 'DL3008'), undefined);
  });

  it('covers both Pod Security Standards profiles', () => {
    const summaries = PEER_CHECKS.pss.map((check) => check.summary);
    assert.ok(summaries.some((summary) => /baseline/i.test(summary)));
    assert.ok(summaries.some((summary) => /restricted/i.test(summary)));
    for (const id of ['host-namespaces', 'capabilities-baseline', 'seccomp-restricted', 'running-as-non-root-user']) {
      assert.ok(findPeerCheck('pss', id), id);
    }
  });
});

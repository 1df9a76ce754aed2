import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImageHealthcheck } from '../../server/src/engine/dockerfile/image-facts';
import { httpCheckOf, plainShellWords } from '../../server/src/rules/kubernetes/healthcheck-command';
import {
  durationMs,
  healthcheckProbe,
  probeTiming,
  type ProbeSurroundings,
} from '../../server/src/rules/kubernetes/healthcheck-probe';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const shell = (line: string, more: Partial<ImageHealthcheck> = {}): ImageHealthcheck => ({
  kind: 'shell',
  command: [line],
  range: RANGE,
  ...more,
});
const exec = (words: string[], more: Partial<ImageHealthcheck> = {}): ImageHealthcheck => ({
  kind: 'exec',
  command: words,
  range: RANGE,
  ...more,
});
const ON_8080: ProbeSurroundings = { declaredPorts: [8080], windows: false };
/** Docker's default timing, as the probe writes it. */
const DOCKER_DEFAULTS = { initialDelaySeconds: 30, periodSeconds: 30, timeoutSeconds: 30 };

describe('Docker durations', () => {
  it('reads Go durations in milliseconds', () => {
    assert.equal(durationMs('30s'), 30_000);
    assert.equal(durationMs('1m30s'), 90_000);
    assert.equal(durationMs('500ms'), 500);
    assert.equal(durationMs('1h'), 3_600_000);
    assert.equal(durationMs('1.5s'), 1500);
    assert.equal(durationMs('.5m'), 30_000);
    assert.equal(durationMs('0'), 0);
    assert.equal(durationMs('0s'), 0);
    assert.equal(durationMs('2000us'), 2);
  });

  it('refuses what Docker refuses: no unit, a sign, a variable, spaces', () => {
    for (const text of ['30', '-5s', '+5s', '${INTERVAL}', '5 s', 's', '1d', '', '.s']) {
      assert.equal(durationMs(text), undefined, text);
    }
  });
});

describe('the timing of a probe from a HEALTHCHECK', () => {
  it("writes Docker's defaults where Kubernetes' differ, the first check one interval after the start", () => {
    assert.deepEqual(probeTiming(shell('true')), DOCKER_DEFAULTS);
  });

  it('rounds up to whole seconds, at least 1, and leaves out what equals the Kubernetes default', () => {
    assert.deepEqual(probeTiming(shell('true', { interval: '1m30s', timeout: '500ms', retries: '3' })), {
      initialDelaySeconds: 90,
      periodSeconds: 90,
    });
    assert.deepEqual(probeTiming(shell('true', { interval: '10s', timeout: '1s', retries: '5' })), {
      initialDelaySeconds: 10,
      failureThreshold: 5,
    });
    assert.deepEqual(probeTiming(shell('true', { interval: '2500ms', timeout: '1001ms' })), {
      initialDelaySeconds: 3,
      periodSeconds: 3,
      timeoutSeconds: 2,
    });
  });

  it('starts counting at the first interval past the start period', () => {
    assert.equal(probeTiming(shell('true', { interval: '10s', startPeriod: '1m' }))?.initialDelaySeconds, 60);
    assert.equal(probeTiming(shell('true', { interval: '10s', startPeriod: '65s' }))?.initialDelaySeconds, 70);
    assert.equal(probeTiming(shell('true', { interval: '1m', startPeriod: '5s' }))?.initialDelaySeconds, 60);
  });

  it('takes 0 as Docker does, for its default, and gives up on values Docker refuses', () => {
    assert.deepEqual(probeTiming(shell('true', { interval: '0s', timeout: '0', retries: '0' })), DOCKER_DEFAULTS);
    for (const more of [{ interval: '${I}' }, { timeout: '5' }, { retries: '-1' }, { startPeriod: '1us' }]) {
      assert.equal(probeTiming(shell('true', more)), undefined, JSON.stringify(more));
    }
  });

  it("keeps a command's own shorter limit as the timeout", () => {
    assert.equal(probeTiming(shell('true', { timeout: '10s' }), 3)?.timeoutSeconds, 3);
    assert.equal(probeTiming(shell('true', { timeout: '2s' }), 5)?.timeoutSeconds, 2);
  });
});

describe('HEALTHCHECK commands that are HTTP requests', () => {
  const request = (line: string): ReturnType<typeof httpCheckOf> => {
    const words = plainShellWords(line);
    return words && httpCheckOf(words);
  };

  it('reads curl -f and wget --spider / -O- on the loopback, with an || exit tail', () => {
    const healthz = { scheme: 'HTTP', port: 8080, path: '/healthz' };
    for (const line of [
      'curl -f http://localhost:8080/healthz',
      'curl --fail http://localhost:8080/healthz || exit 1',
      'curl -fsS http://127.0.0.1:8080/healthz || exit',
      '/usr/bin/curl --silent --show-error --fail -o /dev/null localhost:8080/healthz || false',
      "curl -sfL 'http://localhost:8080/healthz'",
      'wget -q --spider http://localhost:8080/healthz || exit 1',
      'wget -qO- http://localhost:8080/healthz',
      'wget --no-verbose --tries=1 --spider http://localhost:8080/healthz || exit 1',
      'wget -q -O /dev/null http://localhost:8080/healthz',
      'wget --output-document=- "http://[::1]:8080/healthz"',
      'wget -qO- http://localhost:8080/healthz >/dev/null || exit 1',
      'curl -f http://localhost:8080/healthz > /dev/null 2>&1 || exit 1',
      'curl -f http://localhost:8080/healthz 2>/dev/null',
    ]) {
      assert.deepEqual(request(line), healthz, line);
    }
    assert.deepEqual(request('curl -f http://localhost/'), { scheme: 'HTTP', port: 80, path: '/' });
    assert.deepEqual(request('curl -fk https://localhost/ready?deep=1'.replace('?', "'?'")), {
      scheme: 'HTTPS',
      port: 443,
      path: '/ready?deep=1',
    });
    assert.deepEqual(request('curl -f -m 2.5 http://localhost:3000/'), {
      scheme: 'HTTP',
      port: 3000,
      path: '/',
      maxSeconds: 3,
    });
    assert.deepEqual(request('wget -T 4 --spider http://localhost:3000/'), { scheme: 'HTTP', port: 3000, path: '/' });
  });

  it('leaves alone what an httpGet probe would not do the same', () => {
    for (const line of [
      'curl http://localhost:8080/healthz', // any answer passes without -f
      'curl -f http://example.com/healthz', // another host
      'curl -f http://db:5432/', // another container
      'curl -f -H "Authorization: x" http://localhost/', // a header
      'curl -f -u user:pass http://localhost/', // credentials
      'curl -f http://user:pass@localhost/', // credentials in the URL
      'curl -f http://localhost:$PORT/', // a variable
      'curl -f http://localhost/ | grep ok', // a pipe
      'curl -f http://localhost/ && echo ok', // a list
      'curl -f http://localhost/ || exit 0', // always healthy
      'curl -f http://localhost/ || echo down', // always healthy
      'curl -f http://localhost/ > /tmp/out', // a file written
      'curl -f http://localhost/ &>/dev/null', // in sh, run in the background: always healthy
      'curl -f http://localhost/ >/dev/null&', // the same
      'curl -f http://localhost/a http://localhost/b', // two requests
      'curl -f --retry 3 http://localhost/', // retries
      'curl -f -o /tmp/out http://localhost/', // writes a file
      'curl -f ftp://localhost/', // not HTTP
      'curl -f http://localhost/#top', // a fragment
      'wget http://localhost:8080/', // saves a file, which may fail
      'wget -q http://localhost:8080/', // the same, quietly
      'wget --tries=3 --spider http://localhost:8080/', // retries
      'wget --header=X:1 --spider http://localhost:8080/', // a header
      'nc -z localhost 8080', // another program
      'curl -f http://localhost/*', // a glob
      'curl -f http://localhost/ ; exit 1', // a list
      '~/bin/curl -f http://localhost/', // a home directory
    ]) {
      assert.equal(request(line), undefined, line);
    }
  });

  it('reads the exec form as words, without a shell', () => {
    assert.deepEqual(httpCheckOf(['curl', '-f', 'http://localhost:8080/$x']), {
      scheme: 'HTTP',
      port: 8080,
      path: '/$x',
    });
  });
});

/**
 * A command word as the kubelet passes it on (Kubernetes' third_party/forked/golang/expansion):
 * `$$` is one `$`, `$(NAME)` the container's variable NAME (here as if every name were defined),
 * any other `$` stays.
 */
function asKubeletReads(word: string): string {
  let out = '';
  for (let at = 0; at < word.length;) {
    if (word[at] === '$' && at + 1 < word.length) {
      const close = word.indexOf(')', at);
      if (word[at + 1] === '$') {
        out += '$';
        at += 2;
        continue;
      }
      if (word[at + 1] === '(' && close !== -1) {
        out += `<value of ${word.slice(at + 2, close)}>`;
        at = close + 1;
        continue;
      }
      out += word.slice(at, at + 2);
      at += 2;
      continue;
    }
    out += word.charAt(at++);
  }
  return out;
}

describe('the probe a HEALTHCHECK amounts to', () => {
  it('is an httpGet on a declared port', () => {
    assert.deepEqual(healthcheckProbe(shell('curl -f http://localhost:8080/healthz || exit 1'), ON_8080), {
      handler: { httpGet: { path: '/healthz', port: 8080 } },
      timing: DOCKER_DEFAULTS,
    });
    assert.deepEqual(
      healthcheckProbe(exec(['curl', '-fk', 'https://localhost:8080/'], { timeout: '3s' }), ON_8080)?.handler,
      { httpGet: { path: '/', port: 8080, scheme: 'HTTPS' } },
    );
  });

  it('runs the command itself on a port the container does not declare, or for any other command', () => {
    assert.deepEqual(healthcheckProbe(shell('curl -f http://localhost:9000/ || exit 1'), ON_8080)?.handler, {
      exec: { command: ['/bin/sh', '-c', 'curl -f http://localhost:9000/ || exit 1'] },
    });
    assert.deepEqual(healthcheckProbe(exec(['/app', 'health']), ON_8080)?.handler, {
      exec: { command: ['/app', 'health'] },
    });
  });

  it("runs a shell-form check through the image's SHELL, and gives up when it is unreadable or Windows'", () => {
    const bash = ['/bin/bash', '-o', 'pipefail', '-c'];
    assert.deepEqual(healthcheckProbe(shell('pgrep app', { shell: bash }), ON_8080)?.handler, {
      exec: { command: [...bash, 'pgrep app'] },
    });
    assert.equal(healthcheckProbe(shell('pgrep app', { shell: [] }), ON_8080), undefined);
    assert.equal(healthcheckProbe(shell('pgrep app'), { declaredPorts: [], windows: true }), undefined);
    assert.deepEqual(healthcheckProbe(exec(['app.exe', 'health']), { declaredPorts: [], windows: true })?.handler, {
      exec: { command: ['app.exe', 'health'] },
    });
  });

  it("keeps $( and $$ from the kubelet's expansion", () => {
    for (const line of ['test "$(cat /tmp/state)" = ok && kill -0 $$', 'echo $$$(x) $ $PATH $(', 'a$$b$']) {
      const probe = healthcheckProbe(shell(line), ON_8080);
      const command = probe && 'exec' in probe.handler ? probe.handler.exec.command : [];
      assert.deepEqual(command.map(asKubeletReads), ['/bin/sh', '-c', line], line);
    }
    assert.deepEqual(healthcheckProbe(shell('kill -0 $$'), ON_8080)?.handler, {
      exec: { command: ['/bin/sh', '-c', 'kill -0 $$$'] },
    });
    assert.deepEqual(healthcheckProbe(exec(['check', '$HOME', '${X}']), ON_8080)?.handler, {
      exec: { command: ['check', '$HOME', '${X}'] },
    });
  });

  it('is none for HEALTHCHECK NONE, an empty command, a broken exec form, or timing Docker refuses', () => {
    assert.equal(healthcheckProbe({ kind: 'none', range: RANGE }, ON_8080), undefined);
    assert.equal(healthcheckProbe(shell('[ "curl", "-f", "http://localhost:8080/" ] || exit 1'), ON_8080), undefined);
    assert.equal(healthcheckProbe(exec([]), ON_8080), undefined);
    assert.equal(healthcheckProbe(shell('true', { interval: '30' }), ON_8080), undefined);
  });
});

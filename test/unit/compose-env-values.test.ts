/**
 * The Compose rules that read ports and mounts judge values with variables as Compose reads them
 * with the project's `.env`, and say which values made what they judged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../../server/src/engine/rule';
import { allRules } from '../../server/src/rules';
import { lintFixture } from '../rules/support';

function ruleNamed(id: string): Rule {
  const rule = allRules().find((candidate) => candidate.id === id);
  assert.ok(rule, id);
  return rule;
}

function messages(id: string, text: string, files: Record<string, string>, locale: 'en' | 'ko' = 'en'): string[] {
  const rule = ruleNamed(id);
  return lintFixture(rule, { files, config: { locale } }, text)
    .findings.filter((finding) => finding.ruleId === id)
    .map((finding) => `${finding.range.start.line}: ${finding.message}`);
}

const ENV = { '.env': 'WEB_PORT=8080\nSOCKET=/var/run/docker.sock\n' };

describe('Compose values read with the project’s .env', () => {
  it('says which .env values made the port a rule judged', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27.2\n    ports:\n      - "${WEB_PORT}:80"\n';
    const [unbound] = messages('compose-port-all-interfaces', text, ENV);
    assert.match(unbound ?? '', /^4: Service "web" publishes port \$\{WEB_PORT\}:80 on every interface/);
    assert.match(unbound ?? '', /With `WEB_PORT` from \.env, Compose reads "8080:80"\.$/);
    const [korean] = messages('compose-port-all-interfaces', text, ENV, 'ko');
    assert.match(korean ?? '', /\.env에 적힌 `WEB_PORT` 값으로 Compose는 "8080:80"으로 읽습니다\.$/);
  });

  it('says when the defaults written made it, and is quiet when nothing sets a variable', () => {
    const text = [
      'services:',
      '  web:',
      '    image: nginx:1.27.2',
      '    ports: ["127.0.0.1:${WEB_PORT:-8080}:80"]',
      '  api:',
      '    image: nginx:1.27.2',
      '    ports: ["127.0.0.1:${API_PORT:-8080}:80", "127.0.0.1:${OTHER_PORT}:81"]',
      '',
    ].join('\n');
    assert.deepEqual(messages('compose-duplicate-host-port', text, { 'notes.txt': '' }), [
      '6: Service "api" publishes host port 8080, which service "web" publishes on line 4: `docker compose up` fails with "port is already allocated". Unless the shell sets its variables, Compose reads "127.0.0.1:8080:80".',
    ]);
    // With the .env setting one of them, they no longer collide.
    assert.deepEqual(messages('compose-duplicate-host-port', text, { '.env': 'API_PORT=8081\n' }), []);
  });

  it('reads a mount’s source and a proxy’s image from the .env', () => {
    const text = [
      'services:',
      '  agent:',
      '    image: registry.example.com/agent:1.0.0',
      '    volumes: ["${SOCKET}:/engine.sock"]',
      '  proxy:',
      '    image: ${PROXY}',
      '    volumes: ["${SOCKET}:/var/run/docker.sock"]',
      '',
    ].join('\n');
    const files = { '.env': `${ENV['.env']}PROXY=tecnativa/docker-socket-proxy:0.3.0\n` };
    assert.deepEqual(messages('compose-docker-socket', text, files), [
      '3: Service "agent" mounts the container engine’s socket ${SOCKET}: whoever talks to it can start a privileged container, so this is root on the host, read-only or not. With `SOCKET` from .env, Compose reads "/var/run/docker.sock".',
    ]);
  });

  it('reads the listen settings of env files, and a target the .env sets', () => {
    const text = [
      'services:',
      '  web:',
      '    build: ./web',
      '    env_file: web.env',
      '    ports: ["${WEB_PORT}:${WEB_PORT}"]',
      '',
    ].join('\n');
    const files = { ...ENV, 'web/Dockerfile': 'FROM nginx:1.27.2\nEXPOSE 3000\n', 'web.env': 'PORT=3000\n' };
    const [finding] = messages('compose-port-exposed', text, files);
    assert.match(finding ?? '', /^4: Service "web" .*8080.* With `WEB_PORT` from \.env, Compose reads "8080:8080"\.$/);
    // The env file tells the app to listen on 8080: the image's EXPOSE no longer says where it listens.
    assert.deepEqual(messages('compose-port-exposed', text, { ...files, 'web.env': 'PORT=8080\n' }), []);
    // An env file that is not there leaves the listen settings unknown.
    const without = new Map(Object.entries(files));
    without.delete('web.env');
    assert.deepEqual(messages('compose-port-exposed', text, Object.fromEntries(without)), []);
  });

  it('gives a name alone the .env’s value, and reads what env files mention', () => {
    const text = [
      'services:',
      '  web:',
      '    build: ./web',
      '    environment: [PORT]',
      '    ports: ["8080:8080"]',
      '',
    ].join('\n');
    const files = { 'web/Dockerfile': 'FROM nginx:1.27.2\nEXPOSE 3000\n', '.env': 'PORT=3000\n' };
    const [finding] = messages('compose-port-exposed', text, files);
    assert.match(finding ?? '', /^4: Service "web" publishes container port 8080, .* exposes only 3000/);
    // The .env sets the port the app listens on; without it, the shell does: unknown here.
    assert.deepEqual(messages('compose-port-exposed', text, { ...files, '.env': 'PORT=8080\n' }), []);
    assert.deepEqual(messages('compose-port-exposed', text, { ...files, '.env': 'TAG=1\n' }), []);
    // A number an env file's value mentions is one the project tells the app to use.
    const withArgs = text.replace('[PORT]', '[PORT]\n    env_file: web.env');
    const args = { ...files, 'web.env': 'GUNICORN_CMD_ARGS=--bind=0.0.0.0:8080\n' };
    assert.deepEqual(messages('compose-port-exposed', withArgs, args), []);
    assert.equal(messages('compose-port-exposed', withArgs, { ...args, 'web.env': 'WORKERS=4\n' }).length, 1);
  });

  it('reports a secret a name alone takes from a .env git keeps, in Korean too', () => {
    const text = 'services:\n  api:\n    image: registry.example.com/api:2.3.1\n    environment:\n      - API_TOKEN\n';
    const files = { '.env': 'API_TOKEN=3f9c1d7ab2e84c55\n' };
    assert.deepEqual(messages('compose-secret-in-environment', text, files), [
      '4: Service "api" takes the secret API_TOKEN from API_TOKEN in .env, which no `.gitignore` keeps out of the repository: the value lands in Git history. List .env in `.gitignore`, or give it through `secrets:`.',
    ]);
    assert.match(messages('compose-secret-in-environment', text, files, 'ko')[0] ?? '', /비밀 값 API_TOKEN을/);
    assert.deepEqual(messages('compose-secret-in-environment', text, { ...files, '.gitignore': '.env\n' }), []);
  });

  it('reads a .env value that fills in other variables as Compose’s dotenv reader does', () => {
    const text = 'services:\n  web:\n    image: registry.example.com/web:${TAG:-latest}\n';
    // The lines above make it whole: the moving tag they give is reported.
    const [moving] = messages('compose-image-tag', text, { '.env': 'CHANNEL=latest\nTAG=${CHANNEL}\n' });
    assert.match(moving ?? '', /With `TAG` from \.env, Compose pulls "registry\.example\.com\/web:latest"\.$/);
    // The shell makes it: unknown here, and the default written beside it is not what Compose reads.
    assert.deepEqual(messages('compose-image-tag', text, { '.env': 'TAG=${RELEASE}\n' }), []);
  });
});

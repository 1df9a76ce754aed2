import type { Label } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { finalImageInstructions } from '../stages';
import { formatProblem } from './formats';
import { ownValue } from '../../../engine/own-keys';

export default defineDockerfileRule({
  id: 'label-schema',
  title: {
    en: "Give the final image the labels your project's schema requires",
    ko: '프로젝트 스키마가 요구하는 레이블을 최종 이미지에 달기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-operations', 'cloud-native'],
  description: {
    en: 'A project can require labels on every image, each with a format (`labelSchema` in `.cntutor.yaml`, or `label-schema` in `.hadolint.yaml`): the source URL, the version as semver, the git revision, the licence as SPDX. Registries, scanners and people on call read them to trace an image back to its code. Only the final image is judged (its last stage and the stages it builds FROM); values set through a variable are not checked. Nothing is reported until a schema is configured; with `strictLabels`, labels outside the schema are reported too.',
    ko: '프로젝트는 모든 이미지에 형식이 정해진 레이블을 요구할 수 있습니다(`.cntutor.yaml`의 `labelSchema`, `.hadolint.yaml`의 `label-schema`): 소스 URL, semver 버전, git 리비전, SPDX 라이선스 등입니다. 레지스트리, 스캐너, 당직자는 이를 읽어 이미지를 코드까지 거슬러 올라갑니다. 최종 이미지(마지막 스테이지와 그것이 FROM으로 바탕으로 삼는 스테이지)만 판단하며, 변수로 정한 값은 검사하지 않습니다. 스키마를 설정하기 전에는 아무것도 보고하지 않으며, `strictLabels`를 켜면 스키마 밖의 레이블도 보고합니다.',
  },
  remediation: {
    en: 'Add the missing labels to the final stage with values in the required format, e.g. `LABEL org.opencontainers.image.version="1.4.2" org.opencontainers.image.source="https://github.com/acme/app"`.',
    ko: '빠진 레이블을 요구하는 형식의 값으로 최종 스테이지에 추가하세요. 예: `LABEL org.opencontainers.image.version="1.4.2" org.opencontainers.image.source="https://github.com/acme/app"`.',
  },
  peers: {
    hadolint: ['DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
  },
  example: {
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=v1.4\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.4.2 org.opencontainers.image.source=https://github.com/acme/app\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    config: {
      labelSchema: { 'org.opencontainers.image.version': 'semver', 'org.opencontainers.image.source': 'url' },
    },
  },
  messages: {
    missing: {
      en: 'The final image has no label "{label}", which the label schema requires.',
      ko: '최종 이미지에 레이블 스키마가 요구하는 "{label}" 레이블이 없습니다.',
    },
    empty: {
      en: 'Label "{label}" is empty.',
      ko: '"{label}" 레이블이 비어 있습니다.',
    },
    format: {
      en: 'Label "{label}" should be {format}, but "{value}" is not.',
      ko: '"{label}" 레이블은 {format} 형식이어야 하는데, 지금 값은 "{value}"입니다.',
    },
    license: {
      en: 'Label "{label}" names the licence "{value}"; the SPDX identifier is "{suggestion}".',
      ko: '"{label}" 레이블의 라이선스 "{value}"의 SPDX 식별자는 "{suggestion}"입니다.',
    },
    extra: {
      en: 'Label "{label}" is not in the label schema, and strict labels are on.',
      ko: '"{label}" 레이블이 레이블 스키마에 없으며, 엄격한 레이블 검사가 켜져 있습니다.',
    },
    url: { en: 'a URL', ko: 'URL 주소' },
    semver: { en: 'a semantic version', ko: '시맨틱 버전' },
    hash: { en: 'a git commit hash', ko: 'git 커밋 해시' },
    rfc3339: { en: 'an RFC 3339 time', ko: 'RFC 3339 시각' },
    spdx: { en: 'an SPDX licence expression', ko: 'SPDX 라이선스 식' },
    email: { en: 'an e-mail address', ko: '이메일 주소' },
    text: { en: 'text', ko: '텍스트' },
  },
  check(ctx) {
    const schema = ctx.config.labelSchema;
    const required = Object.keys(schema);
    if (required.length === 0 && !ctx.config.strictLabels) return;
    const final = ctx.stages[ctx.stages.length - 1];
    if (!final) return;
    const present = new Set<string>();
    for (const instruction of finalImageInstructions(ctx.file)) {
      if (instruction.getKeyword() !== 'LABEL') continue;
      for (const property of (instruction as Label).getProperties()) {
        const label = property.getName().replace(/^(["'])(.*)\1$/, '$2');
        present.add(label);
        const range = property.getNameRange();
        const format = ownValue(schema, label);
        if (!format) {
          if (ctx.config.strictLabels) ctx.report({ range, message: ctx.t('extra', { label }) });
          continue;
        }
        const value = property.getValue() ?? '';
        if (value.includes('$')) continue;
        if (value.trim() === '') {
          ctx.report({ range, message: ctx.t('empty', { label }) });
          continue;
        }
        const problem = formatProblem(format, value);
        if (problem === 'invalid')
          ctx.report({ range, message: ctx.t('format', { label, value, format: ctx.t(format) }) });
        else if (problem)
          ctx.report({ range, message: ctx.t('license', { label, value, suggestion: problem.suggestion }) });
      }
    }
    for (const label of required) {
      if (!present.has(label)) ctx.report({ range: final.from.getRange(), message: ctx.t('missing', { label }) });
    }
  },
});

import type { LocalizedText } from '../../../engine/rule';

/** One message per kind of syntax problem; `expect*` texts say what a value should look like. */
export const MESSAGES: Record<string, LocalizedText> = {
  noFrom: {
    en: 'A Dockerfile must start with FROM (only ARG, comments and parser directives may come first).',
    ko: 'Dockerfile은 FROM으로 시작해야 합니다 (앞에는 ARG, 주석, 파서 지시어만 올 수 있습니다).',
  },
  unknownInstruction: { en: 'Unknown instruction "{name}".', ko: '알 수 없는 명령어 "{name}"입니다.' },
  suggest: { en: ' Did you mean {suggestion}?', ko: ' 혹시 {suggestion}인가요?' },
  unknownFlag: { en: 'Unknown flag {flag} for {keyword}.', ko: '{keyword} 명령어에는 {flag} 플래그가 없습니다.' },
  flagElsewhere: {
    en: '{flag} is not a flag of {keyword}; it belongs to {owners}.',
    ko: '{flag} 플래그는 {keyword} 명령어에 쓸 수 없고 {owners} 명령어에 씁니다.',
  },
  flagsIgnored: {
    en: '{keyword} takes no flags here, so the builder ignores {flag}.',
    ko: '이 {keyword} 명령어는 플래그를 받지 않아서 빌더가 {flag} 플래그를 무시합니다.',
  },
  duplicateFlag: {
    en: '{flag} is given more than once; the builder accepts it only once.',
    ko: '{flag} 플래그가 두 번 이상 쓰였습니다. 빌더는 한 번만 허용합니다.',
  },
  flagNeedsValue: {
    en: '{flag} needs a value: {flag}={value}.',
    ko: '{flag} 플래그에는 값이 필요합니다: {flag}={value}',
  },
  badFlagValue: { en: '{flag} does not accept "{value}".', ko: '{flag} 플래그에 "{value}" 값은 쓸 수 없습니다.' },
  unknownMountType: { en: 'Unknown mount type "{value}".', ko: '알 수 없는 마운트 유형 "{value}"입니다.' },
  unknownMountOption: {
    en: 'Unknown option "{option}" for a type={type} mount.',
    ko: 'type={type} 마운트에는 "{option}" 옵션이 없습니다.',
  },
  mountOptionElsewhere: {
    en: 'The option "{option}" does not apply to a type={type} mount, only to {owners} mounts.',
    ko: '"{option}" 옵션은 type={type} 마운트에 쓸 수 없고 {owners} 마운트에만 씁니다.',
  },
  mountOptionNeedsValue: {
    en: 'The option "{option}" needs a value: {option}=<value>.',
    ko: '"{option}" 옵션에는 값이 필요합니다: {option}=<값>',
  },
  badMountValue: {
    en: 'The mount option {option} does not accept "{value}".',
    ko: '마운트 옵션 {option}에 "{value}" 값은 쓸 수 없습니다.',
  },
  mountFromVariable: {
    en: 'The mount option from does not expand variables: name a stage instead (FROM $IMAGE AS deps, then from=deps).',
    ko: 'from 마운트 옵션에서는 변수가 확장되지 않습니다. 대신 스테이지에 이름을 붙이세요(FROM $IMAGE AS deps 다음 from=deps).',
  },
  mountNeedsTarget: {
    en: 'A type={type} mount without a target lands on the working directory, which is / here, and the builder refuses to mount over /: add target=<path>.',
    ko: 'target이 없는 type={type} 마운트는 작업 디렉터리에 마운트되는데, 여기서는 그곳이 /이고 빌더는 / 위에 마운트하지 않습니다. target=<경로>를 추가하세요.',
  },
  mountMayNeedTarget: {
    en: 'A type={type} mount without a target lands on the working directory, and no WORKDIR sets one in this stage: unless the base image sets its own, that is /, where the builder refuses to mount. Add target=<path> or a WORKDIR.',
    ko: 'target이 없는 type={type} 마운트는 작업 디렉터리에 마운트되는데, 이 스테이지에는 WORKDIR가 없습니다. 베이스 이미지가 따로 정하지 않았다면 그곳은 /이고, 빌더는 / 위에 마운트하지 않습니다. target=<경로>나 WORKDIR를 추가하세요.',
  },
  mountOnRoot: {
    en: 'The mount target "{target}" comes to / itself, and the builder refuses to mount over /: name a directory below it.',
    ko: '마운트 대상 "{target}"의 경로는 / 자체인데, 빌더는 / 위에 마운트하지 않습니다. 그 아래의 디렉터리를 지정하세요.',
  },
  secretNeedsId: {
    en: 'A secret mount needs id=<id> (or a target, whose file name becomes the id).',
    ko: '시크릿 마운트에는 id=<id>가 필요합니다(또는 파일 이름이 id가 되는 target).',
  },
  secretIdAndSource: {
    en: 'A secret mount takes id or source, not both.',
    ko: '시크릿 마운트에는 id와 source 중 하나만 쓸 수 있습니다.',
  },
  mountQuoting: {
    en: 'The quotes in this --mount value are unbalanced, so its comma-separated options cannot be read.',
    ko: '이 --mount 값의 따옴표 짝이 맞지 않아 쉼표로 구분한 옵션을 읽을 수 없습니다.',
  },
  oneOf: { en: ' Use one of {allowed}.', ko: ' {allowed} 중 하나를 쓰세요.' },
  missingArguments: {
    en: '{keyword} is missing arguments: {usage}',
    ko: '{keyword} 명령어에 인자가 부족합니다: {usage}',
  },
  extraArguments: {
    en: 'Too many arguments for {keyword}: {usage}',
    ko: '{keyword} 명령어의 인자가 너무 많습니다: {usage}',
  },
  expectedAs: {
    en: 'Expected {as} between the image and the stage name, not "{found}".',
    ko: '이미지와 스테이지 이름 사이에는 "{found}" 대신 {as}{을/를} 써야 합니다.',
  },
  invalidStage: {
    en: 'Stage name "{name}" is not valid: start with a letter and use only letters, digits, "_", "-" and ".".',
    ko: '스테이지 이름 "{name}"{이/가} 올바르지 않습니다. 문자로 시작하고 문자, 숫자, "_", "-", "."만 쓰세요.',
  },
  badArgument: { en: '{keyword} cannot use "{value}".', ko: '{keyword} 명령어에 "{value}" 값은 쓸 수 없습니다.' },
  execNotStrings: {
    en: 'An exec-form {keyword} array may hold only strings: put this item in double quotes.',
    ko: '{keyword} 명령어의 exec 형식 배열에는 문자열만 올 수 있습니다. 이 항목을 큰따옴표로 감싸세요.',
  },
  shellNeedsJson: {
    en: 'SHELL must be written as a JSON array, such as SHELL ["/bin/bash", "-c"].',
    ko: 'SHELL은 SHELL ["/bin/bash", "-c"]처럼 JSON 배열로 써야 합니다.',
  },
  keyNeedsValue: {
    en: '{keyword} needs a value for "{name}": write {name}=<value>.',
    ko: '{keyword} 명령어의 "{name}"에 값이 필요합니다. {name}=<값> 형식으로 쓰세요.',
  },
  blankName: {
    en: '{keyword} names cannot be blank: write <name>=<value>.',
    ko: '{keyword} 명령어의 이름은 비워 둘 수 없습니다. <이름>=<값> 형식으로 쓰세요.',
  },
  emptyVolume: { en: 'A VOLUME path cannot be empty.', ko: 'VOLUME 경로는 비워 둘 수 없습니다.' },
  heredocDestination: {
    en: 'The destination of {keyword} cannot be a here-document: the last argument is where the files go.',
    ko: '{keyword} 명령어의 대상은 히어 문서일 수 없습니다. 마지막 인자가 파일이 복사될 경로입니다.',
  },
  onbuildTrigger: {
    en: 'ONBUILD cannot store {trigger}: chaining ONBUILD, or triggering FROM or MAINTAINER, is not allowed.',
    ko: 'ONBUILD에는 {trigger} 명령어를 넣을 수 없습니다. ONBUILD를 겹쳐 쓰거나 FROM, MAINTAINER를 넣는 것은 허용되지 않습니다.',
  },
  healthcheckType: {
    en: 'HEALTHCHECK expects CMD or NONE, not "{type}".',
    ko: 'HEALTHCHECK 다음에는 "{type}" 대신 CMD나 NONE이 와야 합니다.',
  },
  healthcheckNoneArguments: {
    en: 'HEALTHCHECK NONE takes no arguments.',
    ko: 'HEALTHCHECK NONE 뒤에는 인자를 쓸 수 없습니다.',
  },
  healthcheckCommand: {
    en: 'HEALTHCHECK CMD needs the command to run.',
    ko: 'HEALTHCHECK CMD 뒤에 실행할 명령이 필요합니다.',
  },
  notJson: {
    en: '{keyword} looks like an exec-form array but is not valid JSON (use double quotes), so Docker runs it as a shell command.',
    ko: '{keyword}{이/가} exec 형식 배열처럼 보이지만 올바른 JSON이 아니어서(큰따옴표를 쓰세요) Docker가 셸 명령으로 실행합니다.',
  },
  jsonEscape: {
    en: '{keyword} looks like an exec-form array but is not valid JSON: JSON has no escape {escape} (write the character alone, or \\\\ for a backslash), so Docker runs it as a shell command.',
    ko: '{keyword}{이/가} exec 형식 배열처럼 보이지만 올바른 JSON이 아닙니다. JSON에는 {escape} 이스케이프가 없으므로(문자만 쓰거나, 백슬래시는 \\\\로 쓰세요) Docker가 셸 명령으로 실행합니다.',
  },
  jsonControl: {
    en: '{keyword} looks like an exec-form array but is not valid JSON: a string holds a raw tab or other control character (write \\t instead), so Docker runs it as a shell command.',
    ko: '{keyword}{이/가} exec 형식 배열처럼 보이지만 올바른 JSON이 아닙니다. 문자열 안에 탭 같은 제어 문자가 그대로 있으므로(\\t로 쓰세요) Docker가 셸 명령으로 실행합니다.',
  },
  jsonOpenString: {
    en: '{keyword} looks like an exec-form array but this string is never closed with ", so it is not valid JSON and Docker runs it as a shell command.',
    ko: '{keyword}{이/가} exec 형식 배열처럼 보이지만 이 문자열이 "로 닫히지 않아 올바른 JSON이 아니므로 Docker가 셸 명령으로 실행합니다.',
  },
  jsonOpenArray: {
    en: '{keyword} looks like an exec-form array but it is never closed with ], so it is not valid JSON and Docker runs it as a shell command.',
    ko: '{keyword}{이/가} exec 형식 배열처럼 보이지만 ]로 닫히지 않아 올바른 JSON이 아니므로 Docker가 셸 명령으로 실행합니다.',
  },
  jsonMalformed: {
    en: '{keyword} looks like an exec-form array but is not valid JSON (strings in double quotes, separated by commas, none after the last), so Docker runs it as a shell command.',
    ko: '{keyword}{이/가} exec 형식 배열처럼 보이지만 올바른 JSON이 아니어서(큰따옴표로 감싼 문자열을 쉼표로 구분하고, 마지막 뒤에는 쉼표를 쓰지 않습니다) Docker가 셸 명령으로 실행합니다.',
  },
  jsonTrailing: {
    en: '{keyword} looks like an exec-form array, but more follows its closing ]: `{text}`. A # starts a comment only at the beginning of a line, so the line is not valid JSON and Docker runs it as a shell command: `CMD ["serve", "-s"] # x` runs `/bin/sh -c \'["serve", "-s"] # x\'`, which fails with "[serve,: not found". Put the comment on a line of its own.',
    ko: '{keyword}{이/가} exec 형식 배열처럼 보이지만 닫는 ] 뒤에 더 있습니다: `{text}`. #은 줄의 맨 앞에서만 주석을 시작하므로 이 줄은 올바른 JSON이 아니고, Docker는 이를 셸 명령으로 실행합니다. `CMD ["serve", "-s"] # x`는 `/bin/sh -c \'["serve", "-s"] # x\'`로 실행되어 "[serve,: not found"로 실패합니다. 주석은 따로 한 줄에 쓰세요.',
  },
  unterminatedQuote: { en: 'This quote is never closed.', ko: '이 따옴표가 닫히지 않았습니다.' },
  splitQuote: {
    en: 'This quote is never closed: {keyword} splits its arguments at blanks before it reads quotes. Write paths with blanks in the JSON form, such as {keyword} ["my file", "/app/"].',
    ko: '이 따옴표가 닫히지 않았습니다. {keyword} 명령어는 따옴표를 읽기 전에 공백에서 인자를 나눕니다. 공백이 있는 경로는 {keyword} ["my file", "/app/"]처럼 JSON 형식으로 쓰세요.',
  },
  missingBrace: { en: 'This ${…} is never closed with }.', ko: '이 ${…}가 }로 닫히지 않았습니다.' },
  badSubstitution: {
    en: 'Bad variable substitution: a variable name must follow ${.',
    ko: '잘못된 변수 치환입니다. ${ 다음에는 변수 이름이 와야 합니다.',
  },
  unsupportedModifier: {
    en: 'The builder does not support {modifier} in a variable substitution; it supports :- - :+ + :? ? # % and /.',
    ko: '빌더는 변수 치환에서 {modifier} 형식을 지원하지 않습니다. :- - :+ + :? ? # % / 를 쓸 수 있습니다.',
  },
  unterminatedHeredoc: {
    en: 'The here-document <<{name} is never closed: add a line that holds only {name}.',
    ko: '히어 문서 <<{name}{이/가} 닫히지 않았습니다. {name}만 있는 줄을 추가하세요.',
  },
  duplicateDirective: {
    en: 'The {name} parser directive may appear only once.',
    ko: '{name} 파서 지시어는 한 번만 쓸 수 있습니다.',
  },
  misplacedDirective: {
    en: 'This looks like the {name} parser directive, but directives must come first, before any other comment, blank line or instruction: here it is only a comment.',
    ko: '{name} 파서 지시어처럼 보이지만 지시어는 다른 주석, 빈 줄, 명령어보다 먼저 와야 합니다. 여기서는 주석일 뿐입니다.',
  },
  badEscape: {
    en: 'The escape directive accepts only \\ or `, not "{value}".',
    ko: 'escape 지시어에 쓸 수 없는 값입니다: "{value}". \\ 또는 `만 쓸 수 있습니다.',
  },
  badCheck: {
    en: 'Invalid check directive "{value}": write skip=<check,…|all> and/or error=true|false, separated by ;.',
    ko: 'check 지시어 값이 올바르지 않습니다: "{value}". skip=<검사,…|all>이나 error=true|false를 쓰고, 둘 다 쓸 때는 ;로 구분하세요.',
  },
  duplicateStage: {
    en: 'Stage name "{name}" is used twice; stage names must be unique.',
    ko: '스테이지 이름 "{name}"{이/가} 두 번 쓰였습니다. 스테이지 이름은 고유해야 합니다.',
  },
  reservedStage: {
    en: 'Stage name "{name}" is reserved by the builder.',
    ko: '스테이지 이름 "{name}"{은/는} 빌더가 예약한 이름입니다.',
  },
  shell: { en: 'The shell cannot parse this command: {detail}.', ko: '셸이 이 명령을 해석할 수 없습니다: {detail}.' },
  shellTooDeep: {
    en: 'This command is nested too deeply to be read; split it into steps or a script.',
    ko: '이 명령은 너무 깊게 중첩되어 읽을 수 없습니다. 여러 단계나 스크립트로 나누세요.',
  },
  fixTitle: { en: 'Change to {text}', ko: '바꾸기: {text}' },
  fixQuotes: { en: 'Use double quotes', ko: '큰따옴표로 바꾸기' },
  fixMoveComment: { en: 'Move the comment to a line of its own', ko: '주석을 따로 한 줄로 옮기기' },
  expectDuration: {
    en: ' Write a duration with a unit, such as 30s, 5m or 1m30s (at least 1ms).',
    ko: ' 30s, 5m, 1m30s처럼 단위가 있는 기간을 쓰세요(최소 1ms).',
  },
  expectRetries: { en: ' Write a whole number, 0 or more.', ko: ' 0 이상의 정수를 쓰세요.' },
  expectPortSpec: {
    en: ' Write a port from 0 to 65535, optionally with /tcp, /udp or /sctp, or a range such as 8000-8010.',
    ko: ' 0부터 65535 사이의 포트를 쓰고, 필요하면 /tcp, /udp, /sctp를 붙이거나 8000-8010 같은 범위로 쓰세요.',
  },
  expectSignal: {
    en: ' Write a signal name such as SIGTERM or SIGQUIT, or a signal number.',
    ko: ' SIGTERM, SIGQUIT 같은 시그널 이름이나 시그널 번호를 쓰세요.',
  },
  expectChmod: {
    en: ' Write octal permissions such as 755, or symbolic ones such as u=rwX,go=rX.',
    ko: ' 755 같은 8진수 권한이나 u=rwX,go=rX 같은 기호 표기를 쓰세요.',
  },
  expectBoolean: { en: ' Write true or false.', ko: ' true나 false를 쓰세요.' },
  expectOctalMode: { en: ' Write an octal file mode such as 0755.', ko: ' 0755 같은 8진수 파일 모드를 쓰세요.' },
  expectUint32: { en: ' Write a numeric ID such as 1000.', ko: ' 1000 같은 숫자 ID를 쓰세요.' },
  expectByteSize: { en: ' Write a size such as 64m or 1g.', ko: ' 64m, 1g 같은 크기를 쓰세요.' },
  expectChecksum: {
    en: ' Write sha256: and 64 hexadecimal digits for a URL, or a commit hash for a Git source.',
    ko: ' URL이면 sha256: 뒤에 16진수 64자리를, Git 소스면 커밋 해시를 쓰세요.',
  },
  expectPlatform: {
    en: ' Write a platform such as linux/amd64 or linux/arm64/v8.',
    ko: ' linux/amd64, linux/arm64/v8 같은 플랫폼을 쓰세요.',
  },
  expectImageReference: {
    en: ' Write an image reference such as node:22-alpine or registry.example.com/team/app:1.4; repository names are lowercase.',
    ko: ' `node:22-alpine`이나 `registry.example.com/team/app:1.4` 같은 이미지 참조를 쓰세요. 저장소 이름은 소문자여야 합니다.',
  },
};

/** The `expect*` message of a schema format. */
export const EXPECTATIONS: Record<string, string> = {
  duration: 'expectDuration',
  retries: 'expectRetries',
  'port-spec': 'expectPortSpec',
  signal: 'expectSignal',
  chmod: 'expectChmod',
  boolean: 'expectBoolean',
  'mount-boolean': 'expectBoolean',
  'octal-mode': 'expectOctalMode',
  uint32: 'expectUint32',
  'byte-size': 'expectByteSize',
  checksum: 'expectChecksum',
  platform: 'expectPlatform',
  'image-reference': 'expectImageReference',
};

import type { LocalizedText } from '../../../engine/rule';

/** Every message of kubernetes-validation: one per check the API server makes beyond the schema. */
export const VALIDATION_MESSAGES: Record<string, LocalizedText> = {
  labelKey: {
    en: 'Label key "{key}" is not valid: an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" or ".", beginning and ending with a letter or digit.',
    ko: '레이블 키 "{key}"{이/가} 올바르지 않습니다. 선택적인 DNS 접두사와 "/" 뒤에, 문자·숫자로 시작하고 끝나는 63자 이하의 문자, 숫자, "-", "_", "."가 와야 합니다.',
  },
  annotationKey: {
    en: 'Annotation key "{key}" is not valid: an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" or ".", beginning and ending with a letter or digit.',
    ko: '어노테이션 키 "{key}"{이/가} 올바르지 않습니다. 선택적인 DNS 접두사와 "/" 뒤에, 문자·숫자로 시작하고 끝나는 63자 이하의 문자, 숫자, "-", "_", "."가 와야 합니다.',
  },
  labelValue: {
    en: 'Value "{value}" of label "{key}" is not valid: at most 63 letters, digits, "-", "_" or ".", beginning and ending with a letter or digit.',
    ko: '레이블 "{key}"의 값 "{value}"{이/가} 올바르지 않습니다. 문자·숫자로 시작하고 끝나는 63자 이하의 문자, 숫자, "-", "_", "."여야 합니다.',
  },
  portName: {
    en: 'Port name "{name}" is not valid: at most 15 lowercase letters, digits and "-", with at least one letter and no "-" at either end or twice in a row.',
    ko: '포트 이름 "{name}"{이/가} 올바르지 않습니다. 소문자, 숫자, "-"로 된 15자 이하여야 하고, 문자가 하나 이상 있어야 하며, "-"로 시작하거나 끝나거나 두 번 연달아 올 수 없습니다.',
  },
  portNameTwice: {
    en: 'Container "{container}" names two ports "{name}"; port names must be unique within a container.',
    ko: '컨테이너 "{container}"에 "{name}"라는 포트가 둘 있습니다. 포트 이름은 컨테이너 안에서 고유해야 합니다.',
  },
  servicePortName: {
    en: 'Service port name "{name}" is not valid: lowercase letters, digits and "-", at most 63 characters, beginning and ending with a letter or digit.',
    ko: '서비스 포트 이름 "{name}"{이/가} 올바르지 않습니다. 소문자, 숫자, "-"로 된 63자 이하여야 하고 문자나 숫자로 시작하고 끝나야 합니다.',
  },
  servicePortUnnamed: {
    en: 'This Service has {count} ports, so each one needs a name.',
    ko: '이 서비스에는 포트가 {count}개 있으므로 포트마다 이름이 있어야 합니다.',
  },
  servicePortNameTwice: {
    en: 'Two ports of this Service are named "{name}"; Service port names must be unique.',
    ko: '이 서비스의 포트 두 개가 "{name}"라는 이름입니다. 서비스 포트 이름은 고유해야 합니다.',
  },
  jobRestartMissing: {
    en: 'A {kind} pod template must set restartPolicy to OnFailure or Never: left out, it defaults to Always, which a {kind} does not accept.',
    ko: '{kind}의 파드 템플릿은 restartPolicy를 OnFailure나 Never로 정해야 합니다. 빠뜨리면 기본값 Always가 되는데, {kind}{은/는} 이를 받아들이지 않습니다.',
  },
  jobRestartAlways: {
    en: 'A {kind} runs pods that finish, so restartPolicy Always is not accepted; use OnFailure or Never.',
    ko: '{kind}{은/는} 끝나는 파드를 실행하므로 restartPolicy Always를 받아들이지 않습니다. OnFailure나 Never를 쓰세요.',
  },
  controllerRestart: {
    en: 'A {kind} keeps its pods running, so its pod template accepts only restartPolicy Always (the default).',
    ko: '{kind}{은/는} 파드를 계속 실행하므로 파드 템플릿은 restartPolicy Always(기본값)만 받아들입니다.',
  },
  pdbBoth: {
    en: 'minAvailable and maxUnavailable cannot both be set; keep the one that states the budget.',
    ko: 'minAvailable과 maxUnavailable은 함께 설정할 수 없습니다. 예산을 나타내는 하나만 남기세요.',
  },
  notPercent: {
    en: '"{value}" is neither a whole number nor a percentage such as "25%".',
    ko: '"{value}"{은/는} 정수도 아니고 "25%" 같은 백분율도 아닙니다.',
  },
  overHundred: {
    en: '{field} cannot be more than 100%.',
    ko: '{field}{은/는} 100%를 넘을 수 없습니다.',
  },
  hpaMinAboveMax: {
    en: 'minReplicas ({min}) is greater than maxReplicas ({max}).',
    ko: 'minReplicas({min}){이/가} maxReplicas({max})보다 큽니다.',
  },
  atLeastOne: {
    en: '{field} must be at least 1.',
    ko: '{field}{은/는} 1 이상이어야 합니다.',
  },
  rolloutStuck: {
    en: 'maxSurge and maxUnavailable are both 0: a rollout could neither add a pod nor remove one. Let one of them be at least 1.',
    ko: 'maxSurge와 maxUnavailable이 모두 0입니다. 롤아웃이 파드를 더할 수도 뺄 수도 없습니다. 둘 중 하나는 1 이상이어야 합니다.',
  },
  recreateWithRolling: {
    en: 'rollingUpdate settings are not allowed with strategy type Recreate; remove them or use RollingUpdate.',
    ko: 'strategy type이 Recreate이면 rollingUpdate 설정을 쓸 수 없습니다. 설정을 지우거나 RollingUpdate를 쓰세요.',
  },
  minDomains: {
    en: 'minDomains is only allowed with whenUnsatisfiable: DoNotSchedule.',
    ko: 'minDomains는 whenUnsatisfiable: DoNotSchedule과 함께만 쓸 수 있습니다.',
  },
  requestOverLimit: {
    en: 'Container "{name}" requests more {resource} ({request}) than its limit ({limit}).',
    ko: '컨테이너 "{name}"{이/가} {resource}{을/를} 제한({limit})보다 많이({request}) 요청합니다.',
  },
  cronFields: {
    en: 'Schedule "{schedule}" has {count} fields; a cron schedule has five (minute, hour, day of month, month, day of week) or is a macro such as @daily.',
    ko: '스케줄 "{schedule}"에 필드가 {count}개 있습니다. 크론 스케줄은 다섯 필드(분, 시, 일, 월, 요일)이거나 @daily 같은 매크로여야 합니다.',
  },
  cronValue: {
    en: 'Schedule "{schedule}": field {position} ("{field}") must stay within {low}-{high}.',
    ko: '스케줄 "{schedule}": {position}번째 필드("{field}")는 {low}-{high} 범위여야 합니다.',
  },
  cronTimeZone: {
    en: 'Schedule "{schedule}" sets its time zone inline; put it in spec.timeZone instead.',
    ko: '스케줄 "{schedule}"{이/가} 시간대를 안에 적고 있습니다. 대신 spec.timeZone에 적으세요.',
  },
  bidirectionalMount: {
    en: 'Container "{container}" mounts "{mount}" with Bidirectional propagation, which the API server allows only in a privileged container.',
    ko: '컨테이너 "{container}"{이/가} "{mount}"{을/를} Bidirectional 전파로 마운트합니다. API 서버는 이것을 특권 컨테이너에서만 허용합니다.',
  },
  imageUppercase: {
    en: 'Container "{name}" names image "{image}", which is no image reference: repository names are lower case, so the kubelet never starts the container (InvalidImageName). A placeholder for a pipeline to fill in? Lint the manifest it writes.',
    ko: '컨테이너 "{name}"의 이미지 "{image}"{은/는} 이미지 참조가 아닙니다. 저장소 이름은 소문자여야 하므로 kubelet이 컨테이너를 시작하지 않습니다(InvalidImageName). 파이프라인이 채울 자리 표시자라면 파이프라인이 쓴 매니페스트를 검사하세요.',
  },
  imageFormat: {
    en: 'Container "{name}" names image "{image}", which is no image reference ([registry/]name[:tag][@digest]), so the kubelet never starts the container (InvalidImageName). A placeholder for a pipeline to fill in? Lint the manifest it writes.',
    ko: '컨테이너 "{name}"의 이미지 "{image}"{은/는} 이미지 참조([레지스트리/]이름[:태그][@다이제스트])가 아니어서 kubelet이 컨테이너를 시작하지 않습니다(InvalidImageName). 파이프라인이 채울 자리 표시자라면 파이프라인이 쓴 매니페스트를 검사하세요.',
  },
  fixJobRestart: {
    en: 'Set restartPolicy: OnFailure (the container is restarted in place when it fails)',
    ko: 'restartPolicy: OnFailure 설정(실패하면 같은 파드에서 컨테이너를 다시 시작)',
  },
  fixControllerRestart: {
    en: 'Set restartPolicy to Always',
    ko: 'restartPolicy를 Always로 설정',
  },
};

import type { FireFixture, QuietFixture } from '../../fixtures';

/** CronJob schedules and Job restart policies, kept apart from the other kubernetes-validation fixtures. */
export const CRON_FIRE: FireFixture[] = [
  {
    name: 'fire-cron-schedules',
    text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: minute
spec:
  schedule: ⟦"61 * * * *"⟧
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: task
              image: example.com/task:1.0.0
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: fields
spec:
  schedule: ⟦"0 3 * *"⟧
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: task
              image: example.com/task:1.0.0
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: sunday
spec:
  schedule: ⟦"0 0 * * 7"⟧
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: task
              image: example.com/task:1.0.0
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: zoned
spec:
  schedule: ⟦"CRON_TZ=Asia/Seoul 0 9 * * *"⟧
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: task
              image: example.com/task:1.0.0
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: macro
spec:
  schedule: ⟦"@fortnightly"⟧
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: task
              image: example.com/task:1.0.0
`,
  },
];

export const CRON_QUIET: QuietFixture[] = [
  {
    name: 'dont-fire-custom-resource-named-cronjob',
    text: `apiVersion: batch.tutorial.kubebuilder.io/v1
kind: CronJob
metadata:
  name: cronjob-sample
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: hello
              image: busybox:1.36
`,
  },
  {
    name: 'dont-fire-jobs-and-schedules',
    text: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
---
apiVersion: v1
kind: Pod
metadata:
  name: once
spec:
  containers:
    - name: once
      image: example.com/once:1.0.0
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: weekdays
spec:
  schedule: "*/15 9-17 ? JAN-DEC MON-FRI"
  timeZone: Asia/Seoul
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: task
              image: example.com/task:1.0.0
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: lists
spec:
  schedule: "0,30 0-23/2 1,15 */3 0-6"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: task
              image: example.com/task:1.0.0
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hourly
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: task
              image: example.com/task:1.0.0
`,
  },
];

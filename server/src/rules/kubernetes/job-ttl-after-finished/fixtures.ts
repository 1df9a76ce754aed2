import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-job-without-ttl-and-cronjob-with-one',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
⟦spec⟧:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      ⟦ttlSecondsAfterFinished⟧: 60
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-hooks-deleted-by-their-tool',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: db-migrate
  annotations:
    argocd.argoproj.io/hook: PreSync
    argocd.argoproj.io/hook-delete-policy: HookSucceeded
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
---
apiVersion: batch/v1
kind: Job
metadata:
  name: chart-test
  annotations:
    helm.sh/hook: test
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: test
          image: example.com/test:1.0.0
`,
    },
    {
      name: 'dont-fire-custom-resource-named-job',
      text: `apiVersion: example.com/v1
kind: Job
metadata:
  name: nightly
spec:
  command: backup
`,
    },
    {
      name: 'dont-fire-ttl-or-history-limits',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  ttlSecondsAfterFinished: 3600
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 5
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
`,
    },
  ],
  fix: [
    {
      name: 'fix-adds-a-day-long-ttl',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
`,
      output: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
  ttlSecondsAfterFinished: 86400
`,
    },
  ],
});

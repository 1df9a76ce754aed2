import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-no-or-too-short-deadline',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  ⟦schedule⟧: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ping
spec:
  schedule: "* * * * *"
  startingDeadlineSeconds: ⟦5⟧
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: ping
              image: example.com/ping:1.0.0
`,
    },
  ],
  dontFire: [
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
      name: 'dont-fire-deadline-set',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 3 * * *"
  startingDeadlineSeconds: 3600
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
      name: 'fix-adds-a-ten-minute-deadline',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
`,
      output: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
  startingDeadlineSeconds: 600
`,
    },
  ],
});

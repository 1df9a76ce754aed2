import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-policy-unset',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  ⟦schedule⟧: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: example.com/backup:1.0.0
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
      name: 'dont-fire-policy-chosen',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 2 * * *"
  concurrencyPolicy: Allow
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: example.com/backup:1.0.0
`,
    },
  ],
  fix: [
    {
      name: 'fix-forbids-overlap',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: example.com/backup:1.0.0
`,
      output: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: example.com/backup:1.0.0
  concurrencyPolicy: Forbid
`,
    },
  ],
});

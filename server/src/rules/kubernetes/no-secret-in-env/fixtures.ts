import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-literal-secrets',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: example.com/web:1.0.0
          env:
            - name: DB_PASSWORD
              value: ⟦hunter2⟧
            - name: stripeApiKey
              value: ⟦"sk_live_0123456789"⟧
            - { name: GITHUB_TOKEN, value: ⟦ghp_0123456789abcdef⟧ }
            - name: AWS_SECRET_ACCESS_KEY
              value: ⟦wJalrXUtnFEMI⟧
            - name: MYSQL_ROOT_PASSWORD
              value: ⟦"123456"⟧
            - { name: REDIS_PASS, value: ⟦"1234"⟧ }
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-references-and-lookalikes',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef: { name: db, key: password }
        - { name: DB_PASSWORD_FILE, value: /run/secrets/db-password }
        - { name: TOKEN_URL, value: "https://auth.example.com/token" }
        - { name: SECRET_NAME, value: web-tls }
        - { name: CACHE_KEY, value: sessions }
        - { name: PWD, value: /app }
        - { name: REQUIRE_PASSWORD, value: "true" }
        - { name: ADMIN_PASSWORD, value: "" }
        - { name: API_TOKEN, value: "$(TOKEN_FROM_SECRET)" }
        - { name: AWS_ACCESS_KEY_ID, value: AKIAEXAMPLE }
        - { name: MYSQL_RANDOM_ROOT_PASSWORD, value: "1" }
        - { name: OPENAI_MAX_TOKEN, value: "4096" }
        - { name: TOKEN_TTL_SECONDS, value: "3600" }
        - { name: API_KEY, value: "123456" }
        - { name: SESSION_SECRET_PORT, value: "8443" }
`,
    },
  ],
});

import * as vscode from 'vscode';

/**
 * The walkthrough's samples: a Dockerfile and a manifest with findings worth reading, written to
 * the extension's storage so nothing in the learner's workspace changes.
 */
const SAMPLES: Record<string, string> = {
  Dockerfile: `FROM node:22.11.0-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 8080
CMD node server.js
`,
  'deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:latest
          ports:
            - containerPort: 8080
`,
};

/** Writes the samples (again, if the learner changed them) and opens both side by side. */
export async function openSamples(storage: vscode.Uri): Promise<vscode.Uri[]> {
  const folder = vscode.Uri.joinPath(storage, 'samples');
  await vscode.workspace.fs.createDirectory(folder);
  const uris: vscode.Uri[] = [];
  let column = vscode.ViewColumn.One;
  for (const [name, text] of Object.entries(SAMPLES)) {
    const uri = vscode.Uri.joinPath(folder, name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
    column = vscode.ViewColumn.Two;
    uris.push(uri);
  }
  return uris;
}

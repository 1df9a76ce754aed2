import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'npm ci after COPY . .',
      text: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN ⟦npm ci⟧ && npm run build\n',
    },
    {
      name: 'pip, go and bundler after copying the whole context',
      text: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY ./ /app/\nRUN ⟦pip install --no-cache-dir -r requirements.txt⟧\nRUN ⟦go mod download⟧\nRUN ⟦bundle install⟧\n',
    },
    {
      name: 'before the first FROM, as after it',
      text: 'COPY . .\nRUN ⟦yarn install --frozen-lockfile⟧\nFROM node:22-alpine\n',
    },
  ],
  dontFire: [
    {
      name: 'the manifest first, then the source',
      text: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n',
    },
    {
      name: 'installing named packages or the build itself',
      text: 'FROM node:22-alpine\nCOPY . .\nRUN npm install -g pm2 && npm run build && pip install flask\n',
    },
    {
      name: 'a cache mount keeps the download cheap',
      text: 'FROM node:22-alpine\nCOPY . .\nRUN --mount=type=cache,target=/root/.npm npm ci\n',
    },
    {
      name: 'a COPY from another stage is not the build context',
      text: 'FROM node:22-alpine AS deps\nFROM node:22-alpine\nCOPY --from=deps . .\nRUN npm ci\n',
    },
    {
      name: 'each stage on its own',
      text: 'FROM node:22-alpine AS src\nCOPY . .\nFROM node:22-alpine\nCOPY package.json ./\nRUN npm ci\n',
    },
  ],
});

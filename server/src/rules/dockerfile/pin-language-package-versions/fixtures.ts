import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'pip', text: 'FROM python:3.12\nRUN ⟦pip install⟧ --no-cache-dir flask gunicorn==23.0.0\n' },
    { name: 'pip upgrading itself', text: 'FROM python:3.12\nRUN python3 -m ⟦pip install⟧ --upgrade pip\n' },
    { name: 'npm global', text: 'FROM node:22\nRUN ⟦npm install⟧ -g typescript@latest\n' },
    { name: 'yarn global add', text: 'FROM node:22\nRUN ⟦yarn global add⟧ serve\n' },
    { name: 'gem', text: 'FROM ruby:3.3\nRUN ⟦gem install⟧ bundler\n' },
    {
      name: 'go install without a version',
      text: 'FROM golang:1.23\nRUN ⟦go install⟧ golang.org/x/tools/gopls@latest\n',
    },
    { name: 'heredoc script', text: 'FROM python:3.12\nRUN <<EOF\n⟦pip install⟧ flask\nEOF\n' },
  ],
  dontFire: [
    {
      name: 'pip specifiers',
      text: 'FROM python:3.12\nRUN pip install "flask==3.0.3" "django>=5,<6" requests~=2.32 "pkg @ https://x/pkg.whl"\n',
    },
    {
      name: 'pip requirement and constraint files',
      text: 'FROM python:3.12\nRUN pip install -r requirements.txt && pip install -c constraints.txt flask\n',
    },
    {
      name: 'pip local project and wheels',
      text: 'FROM python:3.12\nRUN pip install . ./dist/app-1.0-py3-none-any.whl git+https://x/y.git@v1\n',
    },
    {
      name: 'npm project dependencies',
      text: 'FROM node:22\nRUN npm ci && npm install && yarn install --frozen-lockfile\n',
    },
    {
      name: 'npm versions',
      text: 'FROM node:22\nRUN npm install -g npm@10.9.0 @angular/cli@18 "pnpm@$PNPM_VERSION"\n',
    },
    { name: 'gem versions', text: 'FROM ruby:3.3\nRUN gem install bundler -v 2.5.22 && gem install rake:13.2.1\n' },
    {
      name: 'go install versions and local packages',
      text: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2 ./cmd/...\n',
    },
    { name: 'system packages are another rule', text: 'FROM debian:12\nRUN apt-get install -y curl\n' },
  ],
});

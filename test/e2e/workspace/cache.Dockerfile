FROM node:22-alpine
WORKDIR /app
COPY --link package*.json ./
RUN --mount=type=cache,traget=/root/.npm npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]

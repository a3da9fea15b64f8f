# syntax=docker/dockerfile:1
# Build: compile TypeScript and build the index at image build time.
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY bench ./bench
COPY corpus ./corpus
RUN npm run build && npm prune --omit=dev

# Run: only the built code, production dependencies, the corpus and the prebuilt index.
FROM node:20.20.2-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/corpus ./corpus
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# MODE=http serves interactions over HTTP; with DISCORD_TOKEN and MODE=gateway, the gateway bot.
ENV MODE=http
CMD ["node", "dist/src/main.js"]

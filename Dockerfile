# syntax=docker/dockerfile:1
# Two stages: build with every dependency, run with production ones only.
# tests/ops/docker-steps.test.ts runs these steps without Docker; keep to the instructions it
# knows (FROM, WORKDIR, COPY, RUN, ENV, VOLUME, USER, EXPOSE, HEALTHCHECK, CMD).

# Build: install from the lockfile, compile, build the search index, drop dev dependencies.
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY corpus ./corpus
RUN npm run build
RUN npm prune --omit=dev --no-audit --no-fund

# Run: built code, production dependencies, the corpus and the index built above. Files stay
# owned by root, so the unprivileged user running the bot cannot change them.
FROM node:20.20.2-bookworm-slim
ENV NODE_ENV=production MODE=http PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/corpus ./corpus
# Votes on answers (FEEDBACK_DB, by default /app/data/feedback.db) go to a volume, the one
# folder the node user (uid and gid 1000 in the node images) may write.
RUN mkdir data && chown 1000:1000 data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# MODE=http serves interactions over HTTP; MODE=gateway (with DISCORD_TOKEN) runs the gateway bot.
# One V8 helper thread, as in npm start: the bot answers on one thread, and V8's default four
# helpers (GC, compiler) outnumber a small host's cores and preempt it (README, speed).
CMD ["node", "--v8-pool-size=1", "dist/bundle/main.js"]

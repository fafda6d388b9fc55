# syntax=docker/dockerfile:1
# Pendopo in one image: the server and the web app it serves. One container is one process; on SQLite the
# store is a file in the /data volume (one container only), on PostgreSQL + Redis run as many as you need.
#   docker build -t pendopo .
#   docker run -d --name pendopo -p 127.0.0.1:8080:8080 -v pendopo-data:/data --env-file pendopo.env pendopo
# See docs/deploy.md.

# Node >= 20.19 (package.json). Node 20 reached its end of life in April 2026; 22 is a maintained LTS line.
ARG NODE_VERSION=22

# ── build: every dependency, the TypeScript and the web app compiled, then the dev dependencies pruned ──
FROM node:${NODE_VERSION}-bookworm-slim AS build
# better-sqlite3 compiles its native module when no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The manifests first, so the dependency layer is reused while only the source changes.
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund
# What the server needs at run time, gathered in /out: manifests, production node_modules (with the
# workspaces' links), shared's built code and data files, the server's built code, the built web app.
RUN mkdir -p /out/shared /out/server/dist /out/web \
 && cp -a package.json node_modules /out/ \
 && cp -a shared/package.json shared/dist shared/data /out/shared/ \
 && cp -a server/package.json /out/server/ \
 && cp -a server/dist/src /out/server/dist/ \
 && cp -a web/package.json web/dist /out/web/ \
 && for w in shared server web; do if [ -d "$w/node_modules" ]; then cp -a "$w/node_modules" "/out/$w/"; fi; done

# ── runtime: production dependencies and built files only, as an unprivileged user ──
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    PENDOPO_DB=/data/pendopo.db
WORKDIR /app
COPY --from=build /out /app
# The image's `node` user (uid 1000) owns the data folder and nothing else: the code is read-only to it.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# 503 while the store is unreachable or refusing writes (docs/reliability.md §3), so a full disk shows here.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 and gets `docker stop`'s SIGTERM itself: the server stops gracefully (server/src/main.ts).
STOPSIGNAL SIGTERM
CMD ["node", "server/dist/src/main.js"]

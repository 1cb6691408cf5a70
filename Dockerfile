# Builds Verkosto (API + web app) into one image that serves both on one port.
FROM node:20-bookworm-slim AS build
# better-sqlite3 builds from source where no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json nx.json tsconfig.base.json ./
COPY api/package.json api/
COPY web/package.json web/
COPY graph-seed/package.json graph-seed/
COPY tests/package.json tests/
RUN npm ci --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false CI=true
RUN npx nx run-many -t build --projects=api,web,graph-seed \
    && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 VERKOSTO_SQLITE_PATH=/data/verkosto.db
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/api/package.json api/
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/graph-seed/package.json graph-seed/
COPY --from=build /app/graph-seed/dist graph-seed/dist
COPY --from=build /app/graph-seed/finland graph-seed/finland
COPY --from=build /app/graph-seed/demo graph-seed/demo
COPY --from=build /app/web/dist web/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["node", "api/dist/main.js"]

# Multi-stage build: compile TypeScript (and better-sqlite3's native addon) in a full image,
# then run as a non-root user in a slim one. Data lives in the /data volume.
FROM node:22-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY protos ./protos
COPY generated ./generated
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    EMULATOR_HOST=0.0.0.0 \
    EMULATOR_DATA_DIR=/data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/protos ./protos
# NET.PUBLIC_SUFFIX and NET.REG_DOMAIN read the system's Public Suffix List.
RUN apt-get update && apt-get install -y --no-install-recommends publicsuffix && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 9010 9020
CMD ["node", "dist/src/main.js"]

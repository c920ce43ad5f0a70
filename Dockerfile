# One image for both processes: the API (default) and the worker, e.g.
#   docker run IMAGE                                                           # API on :3000
#   docker run IMAGE node --import ./scripts/register.mjs apps/worker/src/main.ts   # worker
# TypeScript runs directly through SWC (scripts/register.mjs), so the dev dependencies that
# provide it (@swc-node/register, @swc/core) are installed too.
FROM node:20-bookworm-slim

WORKDIR /app
# /data/evidence: uploaded evidence files (mount a volume there; see docker-compose.yml).
RUN chown node:node /app && mkdir -p /data/evidence && chown node:node /data/evidence
USER node

COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --include=dev --no-audit --no-fund && npm cache clean --force

COPY --chown=node:node . .
# The web app the api serves at / (apps/web/dist).
RUN npm run web:build

# HOST: inside a container the server must listen beyond loopback to be reachable.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    EVIDENCE_DIR=/data/evidence

EXPOSE 3000
CMD ["node", "--import", "./scripts/register.mjs", "apps/api/src/main.ts"]

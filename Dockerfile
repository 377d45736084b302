# Nianbao portal image: Next.js standalone server on Node 20.
# Build: docker compose build   (see docker-compose.yml and README, "Docker")
# One image for every replica: with REDIS_URL set they share the page cache
# (lib/cache/next-cache-handler.mjs chooses when the server starts, not at
# build time), and they must all run this same build (docs/scaling.md).

# 1. Dependencies (the postinstall step generates the Prisma client).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma.mjs ./scripts/prisma.mjs
RUN npm ci

# 2. Production build, and the tools image that migrates the database.
FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN npx next build

# 3. Runtime: only the standalone server and its static files.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000 CHROMIUM_PATH=/usr/bin/chromium
# Chromium prints published reports as PDF; the CJK fonts set their Chinese text.
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
  && rm -rf /var/lib/apt/lists/*
RUN groupadd --system nianbao && useradd --system --gid nianbao nianbao
COPY --from=build --chown=nianbao:nianbao /app/.next/standalone ./
COPY --from=build --chown=nianbao:nianbao /app/.next/static ./.next/static
USER nianbao
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server.js"]

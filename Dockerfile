# Production image: the API as bundled JavaScript serving the two built front-ends, with the API's
# production dependencies only — no TypeScript, no tsx, no embedded PostgreSQL, no demo generator.
# PostgreSQL is external (DATABASE_URL). The runtime stage is exactly the tree that
# deploy/production-tree.sh assembles, which `npm run test:production` runs behind nginx.

FROM node:24-bookworm-slim AS build
WORKDIR /src
# The lockfile and every workspace's package.json first, so `npm ci` is cached between code changes.
COPY package.json package-lock.json ./
COPY common/package.json common/
COPY api/package.json api/
COPY form/package.json form/
COPY backoffice/package.json backoffice/
COPY seeders/package.json seeders/
COPY tests/package.json tests/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && sh deploy/production-tree.sh /production

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /production/ ./
RUN mkdir -p /var/lib/info-parquet/uploads && chown -R node:node /var/lib/info-parquet
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "api/dist/server.js"]

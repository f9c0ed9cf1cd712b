# Production image: the API serving the two built front-ends. PostgreSQL is external (DATABASE_URL).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY common/package.json common/
COPY api/package.json api/
COPY form/package.json form/
COPY backoffice/package.json backoffice/
COPY seeders/package.json seeders/
COPY tests/package.json tests/
COPY bench/package.json bench/
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npm run build \
  && mkdir -p /var/lib/info-parquet/uploads && chown -R node:node /var/lib/info-parquet
USER node
EXPOSE 3000
CMD ["node_modules/.bin/tsx", "api/src/server.ts"]

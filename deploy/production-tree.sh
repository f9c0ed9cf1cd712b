#!/bin/sh
# Assembles a production installation in <target>: the API bundle, the built front-ends, the
# reference data and the production dependencies of the API only (no TypeScript, no tsx, no
# embedded PostgreSQL, no demo generator, no front-end libraries). The Docker image is this tree;
# `npm run test:production` runs its two API processes from it.
# Usage, from the project's root after `npm ci && npm run build`: sh deploy/production-tree.sh <target>
set -eu
target=${1:?usage: sh deploy/production-tree.sh <target>}
for built in api/dist/server.js api/dist/create-admin.js api/dist/import-routage.js form/dist/index.html backoffice/dist/index.html; do
  [ -f "$built" ] || { echo "$built manque : lancez d’abord npm run build." >&2; exit 1; }
done
rm -rf "$target"
mkdir -p "$target"
cp package.json package-lock.json "$target/"
# npm needs every workspace's package.json to read the lockfile.
for workspace in $(node -p "require('./package.json').workspaces.join(' ')"); do
  mkdir -p "$target/$workspace"
  cp "$workspace/package.json" "$target/$workspace/"
done
cp -R api/dist api/assets "$target/api/"
cp -R seeders/data "$target/seeders/"
cp -R form/dist "$target/form/"
cp -R backoffice/dist "$target/backoffice/"
cd "$target"
npm ci --omit=dev --workspace=@info-parquet/api --include-workspace-root=false --ignore-scripts --no-audit --no-fund

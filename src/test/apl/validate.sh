#!/usr/bin/env bash
# The APL validation step of ./mvnw verify (pom.xml, execution apl-validation): installs the validator exactly as
# package-lock.json pins it into target/apl-validator (once per lockfile), then runs validate.js on the project.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/../../.." && pwd)"
work="$project/target/apl-validator"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "APL validation needs Node.js 20+ and npm on the PATH (or skip it with -Dapl.skip)" >&2
  exit 1
fi
mkdir -p "$work"
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi
NODE_PATH="$work/node_modules" node "$here/validate.js" "$project"

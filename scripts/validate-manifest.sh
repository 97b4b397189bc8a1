#!/usr/bin/env bash
# Validates the add-in's XML manifest offline against the OfficeApp 1.1 XSD schemas kept in the repository (see
# schemas/office-addin-manifest/README.md: where they come from, their licences). Usage: scripts/validate-manifest.sh [manifest.xml ...]
# (default: manifest.xml at the repo root; after `npm run build`, dist/manifest.xml holds the production URLs).
# The schema folder can be moved with CCHC_MANIFEST_SCHEMAS=/path/to/office-addin-manifest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
schemas="${CCHC_MANIFEST_SCHEMAS:-$root/schemas/office-addin-manifest}"
schema="$schemas/OfficeAppManifestV1_1.xsd"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint is missing. Install it (Debian/Ubuntu: apt-get install libxml2-utils; macOS: it ships with Xcode tools) or run scripts/setup.sh." >&2
  exit 127
fi
if [ ! -f "$schema" ]; then
  echo "validate-manifest: schema not found: $schema (set CCHC_MANIFEST_SCHEMAS to the folder holding OfficeAppManifestV1_1.xsd)." >&2
  exit 2
fi
if [ "$#" -eq 0 ]; then set -- "$root/manifest.xml"; fi

status=0
for manifest in "$@"; do
  # xmllint prints "<file> validates" or the errors; exit 3 = invalid, 5 = the schema did not compile.
  xmllint --noout --nonet --schema "$schema" "$manifest" || status=$?
done
exit "$status"

#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine: the npm packages (npm ci) and, for the
# browser tests and the manifest check, Debian's chromium and xmllint; for the export's rendering tests, LibreOffice
# Writer without a GUI (the .docx → PDF), poppler (pdftoppm, pdftotext, pdfinfo) and the Liberation fonts (metric
# twins of Times New Roman, so LibreOffice lays the pages out as Word does). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -q "Liberation Serif" || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi
npm ci --no-audit --no-fund

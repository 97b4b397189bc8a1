#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine: the npm packages (npm ci, which also builds the
# command line into build/cli) and, for the tests, Debian's chromium (the browser preview), xmllint (the manifest
# check), LibreOffice Writer and Calc without a GUI (the Word export → PDF; opening the summary workbook
# `cchc check-all` writes), poppler (pdftoppm, pdftotext, pdfinfo) and the Liberation fonts (metric twins of Times
# New Roman, so LibreOffice lays the pages out as Word does). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || dpkg -s libreoffice-writer >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -q "Liberation Serif" || need+=(fonts-liberation2)
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || dpkg -s libreoffice-calc >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
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

#!/usr/bin/env bash
# Makes sure the Debian packages that some tests drive are installed, installing them with apt when
# they are missing and we run as root (CI and these machines do); otherwise says what to install.
#
#   scripts/ensure-system-packages.sh preflight   Apache PDFBox Preflight (PDF/A-1b validator) + Java
#   scripts/ensure-system-packages.sh chromium    the browser the page tests drive
#   scripts/ensure-system-packages.sh poppler     pdftoppm/pdftotext (pictures of letters for the README)
#
# Several names may be given. Prints nothing when everything is there; exit 1 when something is
# missing and cannot be installed.
set -euo pipefail

declare -A packages=(
  [preflight]="default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java"
  [chromium]="chromium"
  [poppler]="poppler-utils"
)

present() {
  case "$1" in
    preflight) command -v java >/dev/null && [ -f /usr/share/java/preflight.jar ] && [ -f /usr/share/java/pdfbox2.jar ] && [ -f /usr/share/java/jaxb-api.jar ] && [ -f /usr/share/java/javax.activation.jar ] ;;
    chromium) command -v chromium >/dev/null ;;
    poppler) command -v pdftoppm >/dev/null ;;
    *) echo "ensure-system-packages: unknown capability '$1' (known: ${!packages[*]})" >&2; exit 2 ;;
  esac
}

missing=()
for capability in "$@"; do
  present "$capability" || missing+=("$capability")
done
[ ${#missing[@]} -eq 0 ] && exit 0

wanted=""
for capability in "${missing[@]}"; do wanted="$wanted ${packages[$capability]}"; done
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-system-packages: missing ${missing[*]}; install as root: apt-get install -y$wanted" >&2
  exit 1
fi
echo "ensure-system-packages: installing$wanted" >&2
export DEBIAN_FRONTEND=noninteractive
# A lock held by another apt run (a colleague's install) is waited for, not failed on.
apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $wanted >&2
for capability in "${missing[@]}"; do
  present "$capability" || { echo "ensure-system-packages: $capability still missing after install" >&2; exit 1; }
done

#!/usr/bin/env bash
# Removes Rujuk's programs, banner and configuration; keeps the store and the system account:
#   sudo scripts/uninstall-server.sh [--prefix /usr/local]
set -euo pipefail
prefix=/usr/local
while (($#)); do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    -h|--help) sed -n 2,3p "$0"; exit 0 ;;
    *) echo "uninstall-server: unknown option $1" >&2; exit 64 ;;
  esac
done
[[ $(id -u) == 0 ]] || { echo "uninstall-server: run it as root" >&2; exit 77; }
store=$(sed -n 's/^store = //p' /etc/rujuk/server.conf 2>/dev/null || true)
# A staffroom account whose shell is Rujuk gets bash back (its home stays root's: check it).
while IFS=: read -r name _ _ _ _ home shell; do
  if [[ $shell == "$prefix/bin/rujuk" ]]; then usermod -s /bin/bash "$name"; echo "The shell of $name is /bin/bash again (its home $home is still root's)."; fi
done < /etc/passwd
sed -i "\|^$prefix/bin/rujuk\$|d" /etc/shells
rm -f "$prefix/bin/rujuk" "$prefix/share/man/man1/rujuk.1" /etc/profile.d/rujuk-motd.sh /etc/rujuk/server.conf
rm -rf "$prefix/libexec/rujuk" "$prefix/share/rujuk"
rmdir /etc/rujuk 2>/dev/null || true
echo "Rujuk's programs are removed; the data stays in ${store:-the store directory}, owned by rujuk."

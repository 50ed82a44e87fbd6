#!/usr/bin/env bash
# Installs Rujuk on a school server, or upgrades it in place (no data is changed):
#   sudo scripts/install-server.sh --school NAME --admin LOGIN [--staffroom ACCOUNT]
#        [--prefix /usr/local] [--store /var/lib/rujuk] [--lang id|en] [--binaries DIR]
# The store belongs to the system account `rujuk` (no login, nobody in its group) and only
# the helper, installed setuid rujuk, opens it. --binaries takes an existing release build
# (rujuk and rujuk-helper, linked with --static-swift-stdlib) instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."

school="" admin="" staffroom="" prefix=/usr/local store=/var/lib/rujuk lang=id binaries=""
while (($#)); do
  case "$1" in
    --school) school="$2"; shift 2 ;;
    --admin) admin="$2"; shift 2 ;;
    --staffroom) staffroom="$2"; shift 2 ;;
    --prefix) prefix="$2"; shift 2 ;;
    --store) store="$2"; shift 2 ;;
    --lang) lang="$2"; shift 2 ;;
    --binaries) binaries="$2"; shift 2 ;;
    -h|--help) sed -n 2,7p "$0"; exit 0 ;;
    *) echo "install-server: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
done
[[ $(id -u) == 0 ]] || { echo "install-server: run it as root (sudo scripts/install-server.sh …)" >&2; exit 77; }
[[ -n $admin ]] || { echo "install-server: give the school's admin with --admin LOGIN" >&2; exit 64; }
[[ $lang == id || $lang == en ]] || { echo "install-server: --lang is id or en" >&2; exit 64; }
[[ $store == /* && $prefix == /* ]] || { echo "install-server: --store and --prefix are absolute paths" >&2; exit 64; }
getent passwd "$admin" >/dev/null || { echo "install-server: there is no Unix user $admin; create it first (sudo adduser $admin)" >&2; exit 66; }
if [[ ! -f $store/store.json && -z $school ]]; then
  echo "install-server: a new store needs the school's name: --school \"SMP Negeri …\"" >&2; exit 64
fi

# 1. The programs. A setuid program ignores $ORIGIN and LD_LIBRARY_PATH, so the Swift
#    runtime is linked in statically.
if [[ -z $binaries ]]; then
  swift build -c release --static-swift-stdlib --product rujuk
  swift build -c release --static-swift-stdlib --product rujuk-helper
  binaries=.build/release
fi
for b in rujuk rujuk-helper; do [[ -x $binaries/$b ]] || { echo "install-server: $binaries/$b is missing" >&2; exit 66; }; done

# 2. The system account: no login, no home, nobody else in its group.
if ! getent passwd rujuk >/dev/null; then
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin rujuk
fi

install -d -m 755 "$prefix/bin" "$prefix/libexec/rujuk" "$prefix/share/rujuk/themes"
install -m 755 "$binaries/rujuk" "$prefix/bin/rujuk.new" && mv -f "$prefix/bin/rujuk.new" "$prefix/bin/rujuk"
install -o rujuk -g rujuk -m 755 "$binaries/rujuk-helper" "$prefix/libexec/rujuk/rujuk-helper.new"
chmod 6755 "$prefix/libexec/rujuk/rujuk-helper.new"   # setuid and setgid rujuk (install -m may drop the bits)
mv -f "$prefix/libexec/rujuk/rujuk-helper.new" "$prefix/libexec/rujuk/rujuk-helper"
install -m 644 themes/*.toml "$prefix/share/rujuk/themes/"
# The manual page, generated from the commands themselves (docs/man/rujuk.1, kept in step by a test).
install -d -m 755 "$prefix/share/man/man1"
install -m 644 docs/man/rujuk.1 "$prefix/share/man/man1/rujuk.1"

# 3. The store, created once by the system account, closed to everyone else.
if [[ ! -f $store/store.json ]]; then
  install -d -o rujuk -g rujuk -m 700 "$store"
  runuser -u rujuk -- "$prefix/bin/rujuk" init --school "$school" --admin "$admin" --store "$store" --lang "$lang" >/dev/null
  fresh=1
fi
chown -R rujuk:rujuk "$store"
chmod -R go-rwx "$store"
chmod 700 "$store"

# 4. The configuration the helper trusts: root's, at the path fixed in the program.
install -d -m 755 /etc/rujuk
{
  echo "# Written by scripts/install-server.sh; the helper reads only this file."
  echo "store = $store"
  echo "helper = $prefix/libexec/rujuk/rujuk-helper"
  [[ -n $staffroom ]] && echo "staffroom = $staffroom"
  # The school's default language, for messages before a session opens.
  school_lang=$(sed -n 's/.*"lang" *: *"\([a-z]*\)".*/\1/p' "$store/store.json" | head -1)
  if [[ -n $school_lang ]]; then echo "lang = $school_lang"; fi
} > /etc/rujuk/server.conf.new
chmod 644 /etc/rujuk/server.conf.new && chown root:root /etc/rujuk/server.conf.new
mv -f /etc/rujuk/server.conf.new /etc/rujuk/server.conf

# 5. The login banner: counts only, through the helper, as the person logging in.
cat > /etc/profile.d/rujuk-motd.sh <<MOTD
# Rujuk: new referrals and unread threads, counts only (never names or content).
[ -x "$prefix/bin/rujuk" ] && "$prefix/bin/rujuk" motd 2>/dev/null
MOTD
chmod 644 /etc/profile.d/rujuk-motd.sh

# 6. The staffroom's shared account as a kiosk: its login shell is Rujuk, its home is not
#    its own to change (no .bashrc runs, nothing there can be altered), so quitting ends the
#    session instead of leaving a shell.
if [[ -n $staffroom ]]; then
  getent passwd "$staffroom" >/dev/null || useradd -m -s /bin/bash "$staffroom"
  grep -qx "$prefix/bin/rujuk" /etc/shells || echo "$prefix/bin/rujuk" >> /etc/shells
  usermod -s "$prefix/bin/rujuk" "$staffroom"
  home=$(getent passwd "$staffroom" | cut -d: -f6)
  if [[ -d $home ]]; then
    for f in .bashrc .profile .bash_profile .bash_login .bash_logout; do
      [[ -e $home/$f ]] && mv -f "$home/$f" "$home/$f.before-rujuk"
    done
    chown -R root:root "$home"
    chmod -R go-w "$home"
    chmod 755 "$home"
    # Keys for logging in over ssh stay readable by the account (sshd reads them as it),
    # and now only root can change them.
    if [[ -d $home/.ssh ]]; then
      chmod 755 "$home/.ssh"
      find "$home/.ssh" -type f -exec chmod 644 {} +
    fi
  fi
fi

echo "Rujuk is installed in $prefix (helper: $prefix/libexec/rujuk/rujuk-helper, setuid rujuk)."
echo "The store is $store, owned by the system account rujuk; no staff account can open it."
if [[ -n ${fresh:-} ]]; then
  echo "Next, as $admin: add the staff (rujuk staff add LOGIN --name NAME --role …), import the students"
  echo "(rujuk import students FILE), and give each person a PIN (rujuk staff set-pin LOGIN, at least 6 digits)."
fi
[[ -n $staffroom ]] && echo "The staffroom account $staffroom now logs straight into Rujuk's lock screen."
echo "Nightly check and backup, from root's crontab:"
echo "  45 1 * * *  $prefix/bin/rujuk check --nightly > /dev/null"
echo "  15 2 * * *  $prefix/bin/rujuk backup /var/backups/rujuk"

#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Proves the Flatpak packaging on a machine that cannot download the GNOME runtime.
#
#   sudo flatpak/standin-check.sh [WORK_DIR]      (default: _build-flatpak/ in the checkout)
#
# 1. Builds a stand-in Platform and Sdk from Debian 12 packages with debootstrap and
#    exports them to a local repository as runtimes of their own name.
# 2. Builds flatpak/io.github.escrutinio.Escrutinio.json with flatpak-builder against them,
#    with the runtime and sdk names overridden for this build only.
# 3. Makes the single-file bundle, installs it into a private user installation, and
#    starts the app with `flatpak run` under Xvfb, in Spanish.
# 4. Checks, inside the sandbox: the window opens on the built-in dataset, the Spanish
#    catalogue is found, the app icon is found by the icon theme, the GSettings schema is
#    compiled and found; and, outside it, the exported .desktop file, icons and metainfo.
#
# Needs root (debootstrap, chroot), Debian's archive, and a machine or VM rather than a
# chroot: bubblewrap cannot start the build sandbox inside a plain chroot. Nothing
# outside WORK_DIR is touched but the host packages it installs. A second run reuses the
# runtimes.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "${1:-$top/_build-flatpak}" && cd "${1:-$top/_build-flatpak}" && pwd)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
app=io.github.escrutinio.Escrutinio
platform=org.escrutinio.Standin.Platform
sdk=org.escrutinio.Standin.Sdk
branch=12

# What the app needs at run time: the libraries, and what the GNOME runtime also carries
# (icon themes, fonts, dconf, schemas, MIME data, country names, locales).
platform_packages=(
  libgtk-4-1 libadwaita-1-0 libjson-glib-1.0-0 librsvg2-common
  adwaita-icon-theme hicolor-icon-theme fonts-cantarell fonts-dejavu-core
  dconf-gsettings-backend dbus-user-session gsettings-desktop-schemas shared-mime-info
  iso-codes locales libglib2.0-bin
)
# What building it with meson needs, as the GNOME Sdk has it.
sdk_packages=(
  meson ninja-build gcc libc6-dev pkg-config gettext python3 libxml2-utils
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  libgtk-4-bin desktop-file-utils appstream-util
)

step () { printf '\n== [%3ds] %s\n' "$SECONDS" "$*"; }
fail () { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
pass () { printf 'ok: %s\n' "$*"; }

if [ "$(id -u)" != 0 ]; then
  fail "run as root: debootstrap and chroot need it"
fi

step "Host packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  flatpak flatpak-builder debootstrap jq xvfb xauth x11-utils xdotool imagemagick \
  dbus-daemon dbus-user-session ca-certificates elfutils >/dev/null

# A private installation: the user's own Flatpak setup is never touched.
export FLATPAK_USER_DIR="$work/installation"
arch=$(flatpak --default-arch)
repo="$work/repo"

# Debian's merged /usr becomes the runtime's files/, and /etc goes to files/etc, which
# Flatpak shows as /etc inside the sandbox.
make_runtime () {
  local name=$1 rootfs=$2 dir=$3
  rm -rf "$dir"
  mkdir -p "$dir"
  mv "$rootfs/usr" "$dir/files"
  mv "$rootfs/etc" "$dir/files/etc"
  rm -f "$dir/files/etc/shadow" "$dir/files/etc/gshadow"
  # User installations store files as plain user-owned files: no set-id bits.
  find "$dir/files" -perm /6000 -type f -exec chmod ug-s {} +
  cat >"$dir/metadata" <<EOF
[Runtime]
name=$name
runtime=$platform/$arch/$branch
sdk=$sdk/$arch/$branch
EOF
  flatpak build-export --runtime --files=files --no-update-summary "$repo" "$dir" "$branch"
  rm -rf "$dir"
}

in_chroot () {
  local rootfs=$1; shift
  mount -t proc proc "$rootfs/proc"
  mount --rbind /dev "$rootfs/dev"
  local rc=0
  chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@" || rc=$?
  umount -R "$rootfs/dev"
  umount "$rootfs/proc"
  return $rc
}

# The runtimes are made again only when the package lists above change.
wanted="${platform_packages[*]} / ${sdk_packages[*]}"
if [ "$(cat "$work/runtimes.stamp" 2>/dev/null)" != "$wanted" ] ||
   ! flatpak --user info "$sdk//$branch" >/dev/null 2>&1 ||
   ! flatpak --user info "$platform//$branch" >/dev/null 2>&1; then
  rm -rf "$FLATPAK_USER_DIR" "$work/runtimes.stamp"
  step "Stand-in Platform: debootstrap of Debian 12 with ${#platform_packages[@]} packages"
  rootfs="$work/rootfs-platform"
  rm -rf "$rootfs" "$work/rootfs-sdk" "$repo"
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log"; fail "debootstrap"; }
  cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
  # apt, unlike debootstrap's --include, resolves virtual packages such as dbus-system-bus.
  in_chroot "$rootfs" apt-get install -y -qq --no-install-recommends \
    "${platform_packages[@]}" >"$work/platform-apt.log" 2>&1 ||
    { tail -20 "$work/platform-apt.log"; fail "installing the Platform packages"; }
  # The translations are tested in Spanish and Brazilian Portuguese; the GNOME runtime
  # ships its locales as an extension instead.
  sed -i -E 's/^# ?((es_ES|pt_BR|en_US)\.UTF-8 UTF-8)/\1/' "$rootfs/etc/locale.gen"
  in_chroot "$rootfs" locale-gen >/dev/null
  rm -rf "$rootfs/var/cache/apt/archives/"*.deb

  step "Stand-in Sdk: the Platform plus ${#sdk_packages[@]} build packages"
  cp -a "$rootfs" "$work/rootfs-sdk"
  in_chroot "$work/rootfs-sdk" apt-get install -y -qq --no-install-recommends \
    "${sdk_packages[@]}" >"$work/sdk-apt.log" 2>&1 ||
    { tail -20 "$work/sdk-apt.log"; fail "installing the Sdk packages"; }

  step "Export both to $repo and install them"
  make_runtime "$platform" "$rootfs" "$work/platform"
  make_runtime "$sdk" "$work/rootfs-sdk" "$work/sdk"
  rm -rf "$rootfs" "$work/rootfs-sdk"
  flatpak build-update-repo "$repo" >/dev/null
  flatpak --user remote-add --if-not-exists --no-gpg-verify standin "$repo"
  flatpak --user install -y --noninteractive standin "$platform//$branch" "$sdk//$branch"
  echo "$wanted" >"$work/runtimes.stamp"
else
  step "Stand-in runtimes already installed in $FLATPAK_USER_DIR"
fi

step "flatpak-builder: the manifest against the stand-in runtimes"
# Only the runtime names and the source path change; the finish-args, build options and
# the module are the manifest's own.
jq --arg p "$platform" --arg s "$sdk" --arg b "$branch" --arg src "$top" \
  '.runtime = $p | .sdk = $s | ."runtime-version" = $b | .modules[-1].sources[0].path = $src' \
  "$top/flatpak/$app.json" >"$work/$app.json"
flatpak-builder --user --disable-rofiles-fuse --force-clean --ccache=false \
  --state-dir="$work/builder-state" --repo="$repo" \
  "$work/app-build" "$work/$app.json" >"$work/flatpak-builder.log" 2>&1 ||
  { tail -30 "$work/flatpak-builder.log"; fail "flatpak-builder"; }
pass "built; log in $work/flatpak-builder.log"

step "Single-file bundle, installed as a user would"
flatpak build-bundle "$repo" "$work/escrutinio.flatpak" "$app" master
ls -l "$work/escrutinio.flatpak"
flatpak --user uninstall -y --noninteractive "$app" >/dev/null 2>&1 || true
flatpak --user install -y --noninteractive --bundle "$work/escrutinio.flatpak"
flatpak --user info "$app"

step "Inside the sandbox"
exports="$FLATPAK_USER_DIR/exports/share"
[ -f "$exports/applications/$app.desktop" ] || fail "no exported .desktop file"
grep -q "^Exec=.*flatpak run .*$app" "$exports/applications/$app.desktop" ||
  fail "the exported .desktop file does not start the sandbox"
pass "exported $app.desktop starts it with flatpak run"
for icon in scalable/apps/$app.svg symbolic/apps/$app-symbolic.svg; do
  [ -f "$exports/icons/hicolor/$icon" ] || fail "icon $icon not exported"
done
pass "scalable and symbolic icons exported"

schema=$(flatpak run --command=gsettings "$app" get "$app" window-width)
[[ $schema =~ ^[0-9]+$ ]] || fail "GSettings schema not found in the sandbox: $schema"
pass "GSettings schema found in the sandbox (window-width = $schema)"

# What a software centre reads: the AppStream catalogue composed from the metainfo.
catalogue=$(flatpak run --command=sh "$app" -c 'zcat /app/share/app-info/xmls/*.xml.gz')
for want in "<id>$app</id>" '<caption xml:lang="es">' '<icon type="cached"' '<release '; do
  grep -q "$want" <<<"$catalogue" || fail "the composed AppStream catalogue lacks $want"
done
pass "AppStream catalogue composed: $(grep -c '<screenshot[ >]' <<<"$catalogue") screenshots, Spanish captions, cached icons"

spanish=(--env=LANGUAGE=es --env=LC_ALL=es_ES.UTF-8)
help=$(flatpak run "${spanish[@]}" "$app" --help-all 2>&1 || true)
grep -q "Comprobar" <<<"$help" || { echo "$help"; fail "the Spanish catalogue is not found in the sandbox"; }
pass "Spanish catalogue found: $(grep -m1 -- '--validate' <<<"$help" | sed 's/^ *//')"

step "flatpak run under Xvfb"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup () { kill "$xvfb" 2>/dev/null || true; }
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

dbus-run-session -- bash -s "$app" "$work" "${spanish[@]}" <<'RUN' || fail "the app did not run as it should"
set -euo pipefail
app=$1 work=$2; shift 2
flatpak run "$@" --env=G_MESSAGES_DEBUG=Escrutinio "$app" >"$work/app.log" 2>&1 &
pid=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --name '^Escrutinio$' | head -1)
[ -n "$window" ] || { cat "$work/app.log"; echo "no window"; exit 1; }
echo "ok: window $window mapped: $(xprop -id "$window" WM_CLASS)"
for _ in $(seq 100); do grep -q "Showing the built-in dataset" "$work/app.log" && break; sleep 0.1; done
grep -q "Showing the built-in dataset: 2 elections, 5 articles" "$work/app.log" ||
  { cat "$work/app.log"; echo "the window does not show the built-in dataset"; exit 1; }
echo "ok: $(grep -o 'Showing the built-in dataset.*' "$work/app.log")"
# GTK sets _NET_WM_ICON only from icons it finds in the icon theme. The app gives its
# icon once the first frame is painted, so wait for the property rather than read it once.
has_icon () { xprop -id "$window" _NET_WM_ICON | grep -q '^_NET_WM_ICON(CARDINAL) = '; }
for _ in $(seq 100); do has_icon && break; sleep 0.1; done
has_icon || { echo "the app icon was not found in the sandbox's icon theme"; exit 1; }
echo "ok: the app icon is found by the icon theme (_NET_WM_ICON is set)"
sleep 2
import -window root "$work/standin-window.png"
echo "ok: screenshot in $work/standin-window.png"
# Ctrl+Q, as a person quits: the app must close its window and exit cleanly.
xdotool key ctrl+q
wait "$pid" || { cat "$work/app.log"; echo "the app exited with status $?"; exit 1; }
echo "ok: quit with Ctrl+Q, exit status 0"
if grep -E "CRITICAL|WARNING" "$work/app.log" | grep -v "Gtk-WARNING.*theme parsing"; then
  echo "the app logged warnings"; exit 1
fi
RUN

step "Passed in ${SECONDS}s"

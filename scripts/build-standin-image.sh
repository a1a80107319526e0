#!/usr/bin/env bash
# Builds the image of the Docker stand-in (default genesys-standin:1.0) from Debian packages, with
# no registry and no Dockerfile base image:
#
#   scripts/build-standin-image.sh [image:tag]        (or GENESYS_STANDIN_IMAGE=image:tag)
#
# The image is a minimal root file system: a static busybox with its applet links, /etc/passwd
# with the non-root user `genesys` (uid 10001), and standin/genesys-standin as the command. It is
# tarred and handed to `docker import`.
#
# Idempotent: the image carries a label with a hash of its recipe (this script, the stand-in
# script, the busybox version); when an image of that tag already has the same hash nothing is
# done. FORCE=1 rebuilds anyway. Uses DOCKER_HOST when set (see scripts/start-dockerd.sh).
set -euo pipefail

IMAGE="${1:-${GENESYS_STANDIN_IMAGE:-genesys-standin:1.0}}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STANDIN="$HERE/../standin/genesys-standin"
RECIPE_LABEL="genesys.standin.recipe"
STANDIN_UID=10001

say() { printf 'build-standin-image: %s\n' "$*"; }
die() {
  printf 'build-standin-image: %s\n' "$*" >&2
  exit 1
}

command -v docker >/dev/null 2>&1 || die "the docker CLI is missing (scripts/start-dockerd.sh installs it)"
timeout 15 docker info >/dev/null 2>&1 ||
  die "no Docker engine answers at ${DOCKER_HOST:-the default socket}; run: eval \"\$(scripts/start-dockerd.sh)\""
[ -r "$STANDIN" ] || die "missing $STANDIN"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/genesys-standin-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# 1. Which busybox-static: the installed package, else the candidate of the local apt lists (no
#    network), running apt-get update first when the lists do not know it.
installed=0
if dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q "install ok installed" && [ -x /bin/busybox ]; then
  installed=1
  busybox_version="$(dpkg-query -W -f='${Version}' busybox-static)"
else
  command -v apt-get >/dev/null 2>&1 || die "busybox-static is not installed and there is no apt-get to fetch it"
  candidate() { apt-cache policy busybox-static 2>/dev/null | awk '/Candidate:/ { print $2 }'; }
  busybox_version="$(candidate)"
  if [ -z "$busybox_version" ] || [ "$busybox_version" = "(none)" ]; then
    [ "$(id -u)" = "0" ] || die "apt knows no busybox-static; run apt-get update as root, or install busybox-static"
    say "apt lists do not know busybox-static: apt-get update"
    apt-get update -qq
    busybox_version="$(candidate)"
    [ -n "$busybox_version" ] && [ "$busybox_version" != "(none)" ] || die "no busybox-static in the apt sources"
  fi
fi

# 2. Skip the build when the image of this tag was built from the same recipe.
recipe_of() {
  {
    cat "${BASH_SOURCE[0]}" "$STANDIN"
    echo "busybox-static $1"
  } | sha256sum | cut -c1-16
}
recipe="$(recipe_of "$busybox_version")"
current="$(docker image inspect --format "{{ index .Config.Labels \"$RECIPE_LABEL\" }}" "$IMAGE" 2>/dev/null || true)"
if [ "$current" = "$recipe" ] && [ "${FORCE:-0}" != "1" ]; then
  say "$IMAGE is up to date (recipe $recipe, busybox-static $busybox_version); nothing to do (FORCE=1 rebuilds)"
  exit 0
fi

if [ "$installed" = "1" ]; then
  BUSYBOX=/bin/busybox
  say "using the installed busybox-static $busybox_version"
else
  # apt's download sandbox user (_apt) must be able to write where the .deb lands.
  chmod 0777 "$WORK"
  if ! (cd "$WORK" && apt-get download -q "busybox-static=$busybox_version" >/dev/null 2>&1); then
    # Stale lists name a version the mirror no longer has: refresh them and take the new one.
    [ "$(id -u)" = "0" ] || die "apt-get download busybox-static=$busybox_version failed; run apt-get update as root"
    say "apt-get download busybox-static=$busybox_version failed: apt-get update"
    apt-get update -qq
    busybox_version="$(candidate)"
    recipe="$(recipe_of "$busybox_version")"
    (cd "$WORK" && apt-get download -q "busybox-static=$busybox_version" >/dev/null) ||
      die "apt-get download busybox-static=$busybox_version failed"
  fi
  dpkg-deb -x "$WORK"/busybox-static_*.deb "$WORK/pkg"
  BUSYBOX="$WORK/pkg/bin/busybox"
  say "downloaded busybox-static $busybox_version"
fi
"$BUSYBOX" true || die "$BUSYBOX does not run on this machine"

# 3. The root file system.
ROOT="$WORK/rootfs"
mkdir -p "$ROOT"/{bin,sbin,etc,usr/bin,usr/sbin,usr/local/bin,root,home/genesys,tmp,run,proc,sys,dev}
chmod 1777 "$ROOT/tmp"
chmod 0700 "$ROOT/root"
cp "$BUSYBOX" "$ROOT/bin/busybox"
chmod 0755 "$ROOT/bin/busybox"
applets=0
for applet in $("$BUSYBOX" --list); do
  [ "$applet" = "busybox" ] && continue
  ln -s busybox "$ROOT/bin/$applet"
  applets=$((applets + 1))
done
install -m 0755 "$STANDIN" "$ROOT/usr/local/bin/genesys-standin"
cat >"$ROOT/etc/passwd" <<PASSWD
root:x:0:0:root:/root:/bin/sh
genesys:x:$STANDIN_UID:$STANDIN_UID:Genesys stand-in:/home/genesys:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
PASSWD
cat >"$ROOT/etc/group" <<GROUP
root:x:0:
genesys:x:$STANDIN_UID:
nogroup:x:65534:
GROUP
echo "genesys-standin" >"$ROOT/etc/hostname"
say "root file system: busybox with $applets applets, user genesys ($STANDIN_UID), /usr/local/bin/genesys-standin"

# 4. Import it. Owners are numeric (root, except the user's home); times fixed so the tar is stable.
tar -C "$ROOT" --sort=name --mtime=@0 --numeric-owner --owner=0 --group=0 --exclude=./home/genesys \
  -cf "$WORK/rootfs.tar" .
tar -C "$ROOT" --numeric-owner --owner="$STANDIN_UID" --group="$STANDIN_UID" --mtime=@0 -rf "$WORK/rootfs.tar" ./home/genesys
previous="$(docker image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null || true)"
id="$(docker import \
  --change "ENV PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin" \
  --change "WORKDIR /home/genesys" \
  --change "USER $STANDIN_UID:$STANDIN_UID" \
  --change "LABEL $RECIPE_LABEL=$recipe org.opencontainers.image.title=genesys-standin" \
  --change 'CMD ["/usr/local/bin/genesys-standin", "run"]' \
  --message "genesys-standin from busybox-static $busybox_version" \
  "$WORK/rootfs.tar" "$IMAGE")"
size="$(docker image inspect --format '{{.Size}}' "$IMAGE")"
say "built $IMAGE ($id, $((size / 1024)) KiB, recipe $recipe) on ${DOCKER_HOST:-the default engine}"
if [ -n "$previous" ] && [ "$previous" != "$id" ] && docker image rm "$previous" >/dev/null 2>&1; then
  say "removed the previous $IMAGE ($previous)"
fi

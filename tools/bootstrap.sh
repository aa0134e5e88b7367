#!/bin/sh
# Sets up everything the app and its tests need on a fresh Linux machine with python3 and make:
# the system libraries Qt and PyInstaller load (when run as root with apt-get), a virtual
# environment, and the project with its test dependencies.
set -eu
VENV=${1:-.venv}
PYTHON=${PYTHON:-python3}

need_deb=""
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  for pkg in libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
             libglib2.0-0 binutils poppler-utils; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need_deb="$need_deb $pkg"
  done
  # Debian's own python3 ships venv's pip bootstrap separately
  "$PYTHON" -c "import ensurepip" 2>/dev/null || need_deb="$need_deb python3-venv"
  if [ -n "$need_deb" ]; then
    echo "Systeempakketten installeren:$need_deb"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $need_deb
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e '.[test]'

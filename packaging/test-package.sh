#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, installs it, and checks that the
# installed programs run and the desktop integration files are valid.
#
#   packaging/test-package.sh [BUILD_DIR]          (default: ./build/ci)
#
# As root (CI on a fresh Debian 12): installs with apt-get, so the package's Depends are resolved
# and checked for real, then removes the package again. As another user: unpacks with dpkg -x
# into a temporary root and runs the programs from there (the libraries must already be present).
# Set FIELDBOOK_TEST_UNPACK_ONLY=1 to use the temporary root even as root.
# Exits non-zero with a message naming the failed step.
set -euo pipefail

readonly APP_ID="org.fieldbook.Fieldbook"
build_dir=$(realpath "${1:-build/ci}")
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/fieldbook-package-test.XXXXXX")
installed_with_apt=0

step() { printf '== %s\n' "$*"; }
fail() {
    printf 'test-package.sh: FAIL: %s\n' "$*" >&2
    exit 1
}

cleanup() {
    if [[ $installed_with_apt == 1 ]]; then
        step "removing the package"
        apt-get remove -y --purge fieldbook >/dev/null 2>&1 || echo "test-package.sh: could not remove fieldbook" >&2
    fi
    rm -rf "$work_dir"
}
trap cleanup EXIT

is_root() { [[ $(id -u) == 0 ]]; }

# Installs the Debian package providing a missing tool (root only).
need_tool() {
    local tool=$1 package=$2
    command -v "$tool" >/dev/null 2>&1 && return 0
    is_root || fail "$tool is missing; install the Debian package $package"
    step "installing $package (for $tool)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$package" >/dev/null ||
        fail "apt-get could not install $package"
    command -v "$tool" >/dev/null 2>&1 || fail "$package is installed but $tool is still missing"
}

[[ -f $build_dir/CPackConfig.cmake ]] ||
    fail "$build_dir has no CPackConfig.cmake: configure and build first (cmake --preset ci && cmake --build --preset ci)"

need_tool cpack cmake
need_tool dpkg-deb dpkg
need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream
need_tool timeout coreutils

# ---------------------------------------------------------------------------------------------
step "building the package (cpack -G DEB)"
out_dir=$build_dir/package
rm -f "$out_dir"/fieldbook_*.deb
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$out_dir" >"$work_dir/cpack.log" 2>&1 || {
    cat "$work_dir/cpack.log" >&2
    fail "cpack -G DEB failed"
}
shopt -s nullglob
debs=("$out_dir"/fieldbook_*.deb)
shopt -u nullglob
[[ ${#debs[@]} == 1 ]] || fail "expected one fieldbook_*.deb in $out_dir, found ${#debs[@]}"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
echo "   $deb"
echo "   Version: $version"
echo "   Depends: $(dpkg-deb -f "$deb" Depends)"

step "checking the package contents"
dpkg-deb -c "$deb" >"$work_dir/contents.txt"
expected=(
    ./usr/bin/fieldbook
    ./usr/bin/fieldbook-cli
    "./usr/share/applications/$APP_ID.desktop"
    "./usr/share/metainfo/$APP_ID.metainfo.xml"
    "./usr/share/mime/packages/$APP_ID.xml"
    "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    ./usr/share/doc/fieldbook/copyright
    ./usr/share/fieldbook/doc/user-guide.md
    ./usr/share/fieldbook/doc/screenshots/03-site_tour.png
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for path in "${expected[@]}"; do
    grep -q -- " $path\$" "$work_dir/contents.txt" || fail "the package lacks $path"
done
for dep in libqt6widgets6 libqt6charts6 libsodium23 libsqlite3-0 qt6-qpa-plugins qt6-translations-l10n fonts-wqy-microhei; do
    dpkg-deb -f "$deb" Depends | grep -q "\b$dep\b" || fail "Depends does not name $dep"
done

# ---------------------------------------------------------------------------------------------
if is_root && [[ ${FIELDBOOK_TEST_UNPACK_ONLY:-0} != 1 ]]; then
    step "installing with apt-get"
    # apt-get needs a path that looks like a file (./ or absolute).
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >"$work_dir/apt.log" 2>&1 || {
        cat "$work_dir/apt.log" >&2
        fail "apt-get install $deb failed"
    }
    installed_with_apt=1
    [[ $(dpkg-query -W -f '${Version}' fieldbook) == "$version" ]] || fail "dpkg does not list fieldbook $version"
    prefix=/usr
else
    step "unpacking into a temporary root (dpkg -x)"
    dpkg -x "$deb" "$work_dir/root" || fail "dpkg -x $deb failed"
    prefix=$work_dir/root/usr
fi

# The programs run with a private home so the test never touches the user's own store.
export HOME=$work_dir/home XDG_DATA_HOME=$work_dir/home/data XDG_CONFIG_HOME=$work_dir/home/config
export XDG_CACHE_HOME=$work_dir/home/cache XDG_RUNTIME_DIR=$work_dir/home/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

step "$prefix/bin/fieldbook-cli --version"
cli_version=$("$prefix/bin/fieldbook-cli" --version) || fail "fieldbook-cli --version exited with $?"
echo "   $cli_version"
[[ $cli_version == *"$version"* ]] || fail "fieldbook-cli --version printed '$cli_version', expected version $version"

step "$prefix/bin/fieldbook-cli --help"
cli_help=$("$prefix/bin/fieldbook-cli" --help) || fail "fieldbook-cli --help exited with $?"
[[ $cli_help == *Usage* || $cli_help == *usage* ]] || fail "fieldbook-cli --help printed no usage"

step "$prefix/bin/fieldbook --version (offscreen)"
gui_version=$(timeout 30 "$prefix/bin/fieldbook" --version) || fail "fieldbook --version exited with $?"
echo "   $gui_version"
[[ $gui_version == *"$version"* ]] || fail "fieldbook --version printed '$gui_version', expected version $version"

store=$work_dir/smoke.sqlite
gui_help=$(timeout 30 "$prefix/bin/fieldbook" --help 2>&1) || true
if [[ $gui_help == *--smoke-test* ]]; then
    step "$prefix/bin/fieldbook --smoke-test (offscreen)"
    status=0
    timeout 60 "$prefix/bin/fieldbook" --smoke-test --db "$store" >"$work_dir/gui.log" 2>&1 || status=$?
    [[ $status == 0 ]] || {
        cat "$work_dir/gui.log" >&2
        fail "fieldbook --smoke-test exited with $status"
    }
else
    # Older builds without --smoke-test: the window must still be up after 5 s (timeout's 124).
    step "$prefix/bin/fieldbook for 5 s (offscreen)"
    status=0
    timeout 5 "$prefix/bin/fieldbook" --db "$store" >"$work_dir/gui.log" 2>&1 || status=$?
    [[ $status == 124 ]] || {
        cat "$work_dir/gui.log" >&2
        fail "fieldbook ended early with status $status"
    }
fi
[[ -s $store ]] || fail "fieldbook started but did not create its store $store"

step "$prefix/bin/fieldbook-cli report --language zh_CN (translations embedded, CJK font)"
demo_store=$work_dir/demo.sqlite
"$prefix/bin/fieldbook-cli" --db "$demo_store" demo >"$work_dir/demo.log" 2>&1 || {
    cat "$work_dir/demo.log" >&2
    fail "fieldbook-cli demo failed"
}
demo_uuid=$("$prefix/bin/fieldbook-cli" --db "$demo_store" audits --format json 2>/dev/null |
    sed -n 's/.*"uuid": *"\([0-9a-f-]*\)".*/\1/p' | head -1)
[[ -n $demo_uuid ]] || fail "fieldbook-cli audits listed no demo audit"
"$prefix/bin/fieldbook-cli" --db "$demo_store" report --audit "$demo_uuid" --language zh_CN \
    --out "$work_dir/report-zh.pdf" >"$work_dir/report.log" 2>&1 || {
    cat "$work_dir/report.log" >&2
    fail "fieldbook-cli report --language zh_CN failed"
}
if command -v pdftotext >/dev/null 2>&1; then
    # Through a file: grep -q closing the pipe early would fail the pipeline under pipefail.
    pdftotext "$work_dir/report-zh.pdf" "$work_dir/report-zh.txt" || fail "pdftotext could not read the report"
    grep -q "社会责任合规审核报告" "$work_dir/report-zh.txt" ||
        fail "the Chinese report does not carry the Chinese title (translations not found?)"
fi
if command -v pdffonts >/dev/null 2>&1; then
    pdffonts "$work_dir/report-zh.pdf" >"$work_dir/report-zh.fonts" || fail "pdffonts could not read the report"
    grep -qi "wenquanyi\|microhei\|cjk" "$work_dir/report-zh.fonts" ||
        fail "the Chinese report embeds no CJK font"
fi

# ---------------------------------------------------------------------------------------------
share=$prefix/share
step "desktop-file-validate $share/applications/$APP_ID.desktop"
desktop-file-validate "$share/applications/$APP_ID.desktop" || fail "desktop-file-validate rejected the desktop file"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$share/applications/$APP_ID.desktop")
[[ -x $prefix/bin/$exec_name ]] || fail "the desktop file runs '$exec_name', which the package does not install"

step "appstreamcli validate --no-net $share/metainfo/$APP_ID.metainfo.xml"
appstreamcli validate --no-net "$share/metainfo/$APP_ID.metainfo.xml" ||
    fail "appstreamcli rejected the metainfo file"

if [[ $installed_with_apt == 1 ]] && command -v update-mime-database >/dev/null 2>&1; then
    step "MIME type registered (dpkg trigger ran update-mime-database)"
    grep -q "application/x-fieldbook-package" /usr/share/mime/globs2 ||
        fail "application/x-fieldbook-package is not in /usr/share/mime/globs2"
fi

step "package test passed: $(basename "$deb")"

#!/bin/sh
# Refreshes the translation files from the sources and fills them from the reviewed dictionaries.
#   resources/translations/update.sh            # lupdate (via CMake), apply, report what is left
#   resources/translations/update.sh --check    # the same, exit 1 while anything is unfinished
#   BUILD_DIR=build/debug resources/translations/update.sh
# New strings are reported as "unfinished"; see README.md beside this script for the next step.
set -e
cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-build/ci}
if [ ! -d "$BUILD_DIR" ]; then
    cmake --preset ci >/dev/null
fi
cmake --build "$BUILD_DIR" --target update_translations
python3 resources/translations/apply_translations.py "$@"

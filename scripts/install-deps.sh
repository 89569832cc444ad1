#!/usr/bin/env bash
# Installs the system packages the tests need when they are missing. Go modules
# come through the Go toolchain; everything else is a Debian package.
set -euo pipefail
need=()
# Packages the test suite uses, as "command:package" pairs.
for pair in "git:git"; do
	cmd=${pair%%:*} pkg=${pair##*:}
	command -v "$cmd" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "missing packages: ${need[*]} (run as root or install them)" >&2
		exit 1
	fi
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

#!/usr/bin/env bash
# The AWS path rehearsed on moto with IAM enforced, the real Lambda package and every instance's
# user data executed (tests/rehearsal.py says how). Writes target/rehearsal/report.json.
# Skips (exit 0, saying why) where moto_server is not installed; fails naming the action and
# resource of any denied call.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

if ! command -v moto_server >/dev/null; then
    echo "rehearse: SKIPPED: moto_server is not on PATH (it ships with the machine image; no registry here has it)"
    exit 0
fi
for tool in ansible-playbook java curl; do
    command -v "$tool" >/dev/null || { echo "rehearse: $tool is missing (apt-get install ansible python3-boto3 openjdk-17-jdk-headless curl)"; exit 1; }
done
# The Python that runs Ansible's modules has boto3 (Debian python3-boto3): the rehearsal uses it too.
PYTHON=$(head -1 "$(command -v ansible-playbook)" | sed 's/^#! *//; s/ .*//')
"$PYTHON" -c 'import boto3' || { echo "rehearse: boto3 missing for $PYTHON (apt-get install python3-boto3)"; exit 1; }
if [ ! -f target/chart-coder.jar ] || [ ! -f target/chart-coder-lambda.zip ]; then
    echo "rehearse: building target/chart-coder.jar and target/chart-coder-lambda.zip"
    mvn -B -q -DskipTests package || exit 1
fi

out="$repo/target/rehearsal"
mkdir -p "$out"
port=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# moto_server's own Python (a pyenv shim resolves to it), to start it without its broken GET signature check
moto_python=$(head -1 "$(pyenv which moto_server 2>/dev/null || command -v moto_server)" | sed 's/^#! *//; s/ .*//')
setsid "$moto_python" ansible/tests/moto_server_rehearsal.py -H 127.0.0.1 -p "$port" >"$out/../rehearsal-moto.log" 2>&1 &
moto_pid=$!
cleanup() {
    kill "$moto_pid" 2>/dev/null
    wait "$moto_pid" 2>/dev/null
}
trap cleanup EXIT
. ansible/tests/moto-ready.sh
moto_ready "http://127.0.0.1:$port" "$out/../rehearsal-moto.log" || exit 1
echo "rehearse: moto_server on port $port"

"$PYTHON" ansible/tests/rehearsal.py --moto-port "$port" --ansible-dir "$repo/ansible" \
    --jar "$repo/target/chart-coder.jar" --lambda-zip "$repo/target/chart-coder-lambda.zip" \
    --samples "$repo/samples/charts" --out "$out"
status=$?
# Removing any single action from a role's policy must fail the evaluator on this run's calls.
if [ "$status" -eq 0 ]; then
    (cd ansible/tests && REHEARSAL_DIR="$out" "$PYTHON" -m unittest -q test_iam_evaluator) || status=1
fi
exit $status

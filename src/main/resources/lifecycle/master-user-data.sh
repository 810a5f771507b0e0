#!/bin/bash
# User data of a chart-coder master. The launcher fills in the @...@ placeholders.
# AMI family: Debian 12 / Ubuntu 22.04+ (apt; the inventory's default) or Amazon Linux 2023 (dnf).
# Sandbox switches (the rehearsal, ansible/tests/rehearse.sh; unset on EC2):
#   CHARTCODER_INSTANCE_ROOT   prefix of every path this script writes (one directory per instance)
#   CHARTCODER_SKIP_OS_PACKAGES=1   the OS packages (Java, Ansible, boto3) are already there
set -uo pipefail
# The instance metadata service can be slow to answer at boot (and on a loaded host): give the
# CLI's credential lookups time and retries instead of failing the bootstrap on the first miss.
export AWS_METADATA_SERVICE_TIMEOUT=5 AWS_METADATA_SERVICE_NUM_ATTEMPTS=5
ROOT="${CHARTCODER_INSTANCE_ROOT:-}"
RUN_ID="@RUN_ID@"
install -d -m 750 "$ROOT/var/log/chart-coder"
exec >>"$ROOT/var/log/chart-coder-bootstrap.log" 2>&1

# The dead-man first: whatever fails below, the operating system powers the instance off (shutdown
# behaviour: terminate) once the run's maximum is over. Java arms its own timer later, as well.
shutdown -h "+@DEADMAN_MINUTES@" "chart-coder run $RUN_ID: dead-man timer"

# The controller's settings the master needs (names and ids only, no secrets).
@MASTER_ENVIRONMENT@
export AWS_REGION="${CHARTCODER_AWS_REGION:-us-east-1}"

# Any failure from here on is written to the run record (when boto3 is there to write it) and ends
# the instance at once, so no half-booted master blocks later launches until the dead-man fires.
fail() {
    local step=$1
    echo "chart-coder master bootstrap failed at: $step"
    python3 - "$step" <<'PY' || echo "could not write the failure to the run record"
import json, os, sys, time, uuid
import boto3
bucket, key_id, run = os.environ["CHARTCODER_BUCKET"], os.environ["CHARTCODER_S3_KMSKEYID"], "@RUN_ID@"
now = time.time()
event = {"runId": run, "event": "master.bootstrap-failed",
         "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now * 1000) % 1000:03d}Z",
         "step": sys.argv[1]}
s3 = boto3.client("s3", endpoint_url=os.environ.get("CHARTCODER_AWS_ENDPOINT") or None)
s3.put_object(Bucket=bucket, Key=f"runs/{run}/lifecycle/{int(now * 1000)}-{uuid.uuid4().hex[:8]}.json",
              Body=json.dumps(event).encode(), ContentType="application/json",
              ServerSideEncryption="aws:kms", SSEKMSKeyId=key_id)
PY
    shutdown -h now "chart-coder run $RUN_ID: bootstrap failed"
    exit 1
}

if [ "${CHARTCODER_SKIP_OS_PACKAGES:-0}" != 1 ]; then
    if command -v dnf >/dev/null; then
        dnf install -y -q java-17-amazon-corretto-headless python3-pip \
            && python3 -m pip install -q 'ansible-core>=2.14,<2.15' boto3 botocore \
            && ansible-galaxy collection install -q amazon.aws:5.5.1 community.aws:5.5.0 \
            || fail "packages (dnf)"
    else
        export DEBIAN_FRONTEND=noninteractive
        { apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless ansible python3-boto3; } \
            || fail "packages (apt)"
    fi
fi

# What provisioning uploaded (ansible/roles/bundle): <artifacts>/chart-coder.jar and <artifacts>/ansible/.
APP="$ROOT/opt/chart-coder"
install -d -m 750 "$APP" "$APP/ansible" "$ROOT/var/lib/chart-coder"
python3 - "@ARTIFACTS_URI@" "$APP" <<'PY' || fail "download @ARTIFACTS_URI@"
import os, sys, time
import boto3
from botocore.exceptions import NoCredentialsError
uri, target = sys.argv[1], sys.argv[2]
bucket, _, prefix = uri[len("s3://"):].partition("/")
prefix = prefix.rstrip("/") + "/"
# the instance profile's credentials can take a while to appear at boot: a new client looks again
for attempt in range(6):
    try:
        s3 = boto3.client("s3", endpoint_url=os.environ.get("CHARTCODER_AWS_ENDPOINT") or None)
        wanted = [prefix + "chart-coder.jar"]
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix + "ansible/"):
            wanted += [item["Key"] for item in page.get("Contents", [])]
        break
    except NoCredentialsError:
        if attempt == 5:
            raise
        time.sleep(5)
for key in wanted:
    path = os.path.join(target, key[len(prefix):])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    s3.download_file(bucket, key, path)
PY
[ -f "$APP/ansible/master.yml" ] && [ -f "$APP/chart-coder.jar" ] || fail "distribution incomplete"

# IMDSv2 only (the launcher requires tokens): the master needs its own id to terminate itself last.
IMDS="${AWS_EC2_METADATA_SERVICE_ENDPOINT:-http://169.254.169.254/}"
TOKEN=$(curl -sSf -X PUT "${IMDS%/}/latest/api/token" -H 'X-aws-ec2-metadata-token-ttl-seconds: 300') || fail "IMDS token"
INSTANCE_ID=$(curl -sSf -H "X-aws-ec2-metadata-token: $TOKEN" "${IMDS%/}/latest/meta-data/instance-id") || fail "IMDS instance id"

export CHARTCODER_PROFILE=aws
export CHARTCODER_LIFECYCLE_ANSIBLE_DIR="$APP/ansible"
export CHARTCODER_LIFECYCLE_ANSIBLE_INVENTORY="$APP/ansible/inventories/aws"
cd "$APP" || fail "cd $APP"
# The master supervises Ansible, drains the run, terminates its workers and then this instance. If
# the JVM ends any other way (it failed to start, it crashed), the instance still goes away.
setsid nohup bash -c '
    java -Dchartcoder.lifecycle.alarm-name="@ALARM_NAME@" -jar chart-coder.jar master --run-id "$0" \
        --instance-id "$1" --data-dir "$2"
    status=$?
    echo "chart-coder master exited $status"
    shutdown -h now "chart-coder run $0: master exited $status"
' "$RUN_ID" "$INSTANCE_ID" "$ROOT/var/lib/chart-coder" >"$ROOT/var/log/chart-coder/master.log" 2>&1 </dev/null &
echo $! >"$ROOT/var/log/chart-coder/master.pid"

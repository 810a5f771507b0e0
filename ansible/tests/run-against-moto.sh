#!/usr/bin/env bash
# Runs the playbooks against a moto_server started here on a free port (TLS, self-signed) and
# checks the outcome through the AWS APIs:
#   provision.yml (twice: the second run must change nothing), the rendered bucket policy,
#   master.yml with a small queue (workers launched by the run tag, resized, drained, terminated),
#   teardown.yml of one run (other runs untouched), then teardown with teardown_delete_resources.
# Prints the timings and "N passed, N failed"; exits non-zero when a check fails.
# Skips (exit 0, saying why) where moto_server is not installed.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v moto_server >/dev/null; then
    echo "run-against-moto: SKIPPED: moto_server is not on PATH (it ships with the machine image; no registry here has it)"
    exit 0
fi
# The Python that runs Ansible's modules has boto3 (Debian python3-boto3); use it for the checks.
PYTHON=$(head -1 "$(command -v ansible-playbook)" | sed 's/^#! *//; s/ .*//')
"$PYTHON" -c 'import boto3' || { echo "run-against-moto: boto3 missing for $PYTHON (apt-get install python3-boto3)"; exit 1; }

work=$(mktemp -d)
port=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
setsid moto_server -H 127.0.0.1 -p "$port" -s >"$work/moto.log" 2>&1 &
moto_pid=$!
master_pid=""
cleanup() {
    [ -n "$master_pid" ] && kill "$master_pid" 2>/dev/null
    kill "$moto_pid" 2>/dev/null
    wait "$moto_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

export MOTO_ENDPOINT_URL="https://127.0.0.1:$port"
. tests/moto-ready.sh
moto_ready "$MOTO_ENDPOINT_URL" "$work/moto.log" || exit 1
export ANSIBLE_DEPRECATION_WARNINGS=false PYTHONWARNINGS=ignore
echo "run-against-moto: moto_server on port $port"

passed=0
failed=0
check() {
    local what=$1
    shift
    if "$@" 2>&1; then
        passed=$((passed + 1)); echo "  ok      $what"
    else
        failed=$((failed + 1)); echo "  FAILED  $what"
    fi
}
moto() { "$PYTHON" tests/moto_checks.py "$@"; }
playbook() {
    local log=$1
    shift
    ansible-playbook -i inventories/moto "$@" >"$work/$log.log" 2>&1 || { tail -30 "$work/$log.log"; return 1; }
}
seconds() { "$PYTHON" -c "import time; print(f'{time.time() - $1:.1f}')"; }
now() { "$PYTHON" -c 'import time; print(time.time())'; }

# Stand-ins (zips, as a jar is): provision.yml deploys the Lambda and the distribution from them.
# The real artifacts run in tests/rehearse.sh.
for stand_in in chart-coder.jar chart-coder-lambda.zip; do
    "$PYTHON" -c "import zipfile, sys; zipfile.ZipFile(sys.argv[1], 'w').writestr('placeholder.txt', 'moto')" "$work/$stand_in"
done
# the query API's token from a file, as on AWS (never on a command line)
echo "query_api_token: moto-$RANDOM$RANDOM" >"$work/secrets.yml"
jar=(-e "lambda_package_path=$work/chart-coder-lambda.zip" -e "bundle_jar_path=$work/chart-coder.jar" -e "@$work/secrets.yml")

echo "provision.yml"
start=$(now)
check "provision.yml runs" playbook provision provision.yml "${jar[@]}"
provision_seconds=$(seconds "$start")
check "work queue + DLQ (maxReceiveCount 3, KMS), alarm queue + DLQ (SNS may deliver)" moto queues
check "topic with alarm-queue and Lambda subscriptions; backlog alarm with ALARM and OK actions" moto topic-and-alarm
check "bucket: default SSE-KMS with the key, public access blocked, distribution uploaded" moto bucket
check "roles and instance profiles, least privilege" moto iam
check "workers' Spot launch template: market spot, interruption terminates" moto spot-template
check "launcher Lambda deployed from the jar, reserved concurrency 1; EventBridge reconcile schedule targets it" moto lambda
check "query API: function, its read-only role, HTTP API with the routes file's routes, payload 2.0, throttled, access-logged" \
    moto query-api ../docs/api-gateway-routes.txt
check "the query API token is in no provisioning output" bash -c "! grep -q \"\$(cut -d' ' -f2 $work/secrets.yml)\" $work/provision.log"
start=$(now)
check "provision.yml again, without a jar: changes nothing, says why the Lambda is not deployed" bash -c "
    $(declare -f playbook); work=$work
    playbook provision-again provision.yml -e lambda_package_path=$work/absent.zip --skip-tags distribution \
    && grep -q 'changed=0 ' $work/provision-again.log && grep -q 'Launcher Lambda not deployed: no package at' $work/provision-again.log"
reprovision_seconds=$(seconds "$start")
check "bucket policy renders TLS-only and SSE-KMS-only statements" bash -c "
    ansible -i localhost, -c local localhost -m ansible.builtin.template \
        -a 'src=roles/storage/templates/bucket-policy.json.j2 dest=$work/bucket-policy.json' \
        -e data_bucket_name=chart-coder-data-123456789012-us-east-1 \
        -e '{\"storage_key\": {\"key_arn\": \"arn:aws:kms:us-east-1:123456789012:key/k\"}}' >$work/render.log 2>&1 \
    && $PYTHON tests/moto_checks.py bucket-policy $work/bucket-policy.json"

echo "worker.yml"
check "worker role in check mode: Java package, account, jar, environment, unit (no systemd needed)" bash -c "
    ansible-playbook -i localhost, -c local worker.yml --check --diff -e worker_start_service=false \
        -e aws_region=us-east-1 -e run_id=r1 -e work_queue_name=q -e work_dlq_name=q-dlq -e data_bucket_name=b \
        -e kms_key_id=arn:aws:kms:us-east-1:123456789012:alias/k -e index_table_name=t -e worker_jar_local_path=$work/chart-coder.jar \
        >$work/worker.log 2>&1 \
    && grep -q '^+CHARTCODER_QUEUE_WORK=q$' $work/worker.log && grep -q '^+CHARTCODER_INDEX_TABLE=t$' $work/worker.log && grep -q '^+TimeoutStopSec=300$' $work/worker.log \
    && grep -q '^+ExecStart=/usr/bin/java .* -jar /opt/chart-coder/chart-coder.jar worker$' $work/worker.log"

echo "master.yml"
run=moto-run-1
moto send 5
start=$(now)
# one chart a job here, as the moto queue holds plain messages; the Java master passes chunk.maxCharts
ansible-playbook -i inventories/moto master.yml -e run_id=$run -e charts_per_worker=2 -e charts_per_job=1 -e max_workers=2 \
    -e poll_interval_seconds=1 -e quiet_period_seconds=3 -e max_run_minutes=5 -e scale_cooldown_seconds=20 \
    -e worker_instance_profile=chart-coder-worker \
    -e '{"worker_subnet_ids": ["subnet-0123456789abcdef0", ""], "worker_capacity_error_codes": ["InvalidSubnetID.NotFound"]}' \
    >"$work/master.log" 2>&1 &
master_pid=$!
check "5 jobs, 2 per worker, at most 2: two workers launched by the run tag" moto wait-instances $run 2 60
# a worker ends (as on its idle limit) within the 20 s cooldown of that launch
moto terminate-one $run
check "workers tagged, IMDSv2 required, shutdown terminates, worker instance profile" moto workers $run
check "worker user-data is valid bash running worker.yml with this deployment's vars" moto user-data $run "$work"
check "a worker gone within the cooldown: no launch until it has passed" \
    moto wait-log "$work/master.log" "run=$run\] poll=.* workers=1 wanted=2 launched=- cooldown=[1-9]" 1 60
check "after the cooldown: one worker launched in its place" moto wait-instances $run 2 60
# every job received by a worker and in hand: 0 visible, 5 in flight
moto take 5 "$work/held.json"
check "0 visible, 5 in flight: the busy workers are kept (none terminated over three polls)" bash -c "
    $PYTHON tests/moto_checks.py wait-log $work/master.log 'run=$run\] poll=.* visible=0 in_flight=5 .* workers=2 wanted=2' 3 60 \
    && $PYTHON tests/moto_checks.py count $run 2"
moto finish "$work/held.json"
wait "$master_pid"
master_rc=$?
master_pid=""
master_seconds=$(seconds "$start")
check "master.yml exits 0 once the queue stayed drained" test "$master_rc" -eq 0
check "no worker of the run left" moto none $run
# moto has no capacity errors: a subnet that does not exist stands in for one without capacity
check "subnets: the first one refused (counted as no capacity), the workers launched in the next" \
    grep -q 'no_capacity=subnet-0123456789abcdef0:InvalidSubnetID.NotFound' "$work/master.log"
check "heartbeat lines for the supervisor (started, poll, drained, terminated)" bash -c "
    grep -q 'chart-coder\[run=$run\] started' $work/master.log && grep -q 'chart-coder\[run=$run\] poll=1 ' $work/master.log \
    && grep -q 'chart-coder\[run=$run\] drained' $work/master.log && grep -q 'chart-coder\[run=$run\] terminated' $work/master.log"
[ "$master_rc" -eq 0 ] || tail -40 "$work/master.log"
grep -o 'chart-coder\[run=[^"]*' "$work/master.log" | sed 's/^/    /'

echo "master.yml with worker_market: spot"
moto send 1
ansible-playbook -i inventories/moto master.yml -e run_id=moto-run-7 -e worker_market=spot -e poll_interval_seconds=1 \
    -e quiet_period_seconds=2 -e worker_instance_profile= >"$work/master-spot.log" 2>&1 &
master_pid=$!
check "a Spot worker: launched from the Spot launch template" bash -c "
    $PYTHON tests/moto_checks.py wait-instances moto-run-7 1 60 && $PYTHON tests/moto_checks.py market moto-run-7 spot"
moto consume 1
wait "$master_pid"
master_rc=$?
master_pid=""
check "the Spot run drains, its worker terminated" bash -c "
    test $master_rc -eq 0 && grep -q 'chart-coder\[run=moto-run-7\] poll=.* market=spot' $work/master-spot.log \
    && $PYTHON tests/moto_checks.py none moto-run-7"
# moto has no Spot capacity errors: a template that does not exist stands in for no Spot capacity
# anywhere, a subnet that does not exist for one without any capacity
moto send 1
ansible-playbook -i inventories/moto master.yml -e run_id=moto-run-8 -e worker_market=spot -e poll_interval_seconds=1 \
    -e quiet_period_seconds=2 -e worker_instance_profile= -e worker_spot_template_name=no-such-template \
    -e '{"worker_subnet_ids": ["subnet-0123456789abcdef0", ""], "worker_capacity_error_codes": ["InvalidSubnetID.NotFound", "InvalidLaunchTemplateName.NotFoundException"]}' \
    >"$work/master-spot-fallover.log" 2>&1 &
master_pid=$!
check "no Spot capacity in any subnet: an on-demand worker in the subnet that has capacity" bash -c "
    $PYTHON tests/moto_checks.py wait-instances moto-run-8 1 60 && $PYTHON tests/moto_checks.py market moto-run-8 on-demand"
moto consume 1
wait "$master_pid"
master_rc=$?
master_pid=""
check "the attempts in order: Spot in each subnet, then on-demand; the run drains" bash -c "
    test $master_rc -eq 0 && grep -q 'no_capacity=subnet-0123456789abcdef0/spot:[A-Za-z.]*,default/spot:InvalidLaunchTemplateName.NotFoundException,subnet-0123456789abcdef0:InvalidSubnetID.NotFound' $work/master-spot-fallover.log \
    && grep -q 'chart-coder\[run=moto-run-8\] poll=.* market=on-demand' $work/master-spot-fallover.log \
    && $PYTHON tests/moto_checks.py none moto-run-8"

echo "master.yml when the run cannot finish"
moto send 1
check "max_run_minutes reached: timeout reported, workers terminated, exit non-zero" bash -c "
    ! ansible-playbook -i inventories/moto master.yml -e run_id=moto-run-5 -e poll_interval_seconds=1 \
        -e max_run_minutes=0.15 -e worker_instance_profile= >$work/master-timeout.log 2>&1 \
    && grep -q 'chart-coder\[run=moto-run-5\] timeout' $work/master-timeout.log \
    && grep -q 'chart-coder\[run=moto-run-5\] terminated roles=worker instances=i-' $work/master-timeout.log \
    && $PYTHON tests/moto_checks.py none moto-run-5"
ansible-playbook -i inventories/moto master.yml -e run_id=moto-run-6 -e poll_interval_seconds=1 \
    -e worker_instance_profile= >"$work/master-failed.log" 2>&1 &
master_pid=$!
moto wait-instances moto-run-6 1 60
moto delete-work-queue
wait "$master_pid"
master_rc=$?
master_pid=""
check "work queue gone mid-run: failure reported, workers terminated, exit non-zero" bash -c "
    test $master_rc -ne 0 && grep -q 'chart-coder\[run=moto-run-6\] failed task=' $work/master-failed.log \
    && grep -q 'chart-coder\[run=moto-run-6\] terminated roles=worker instances=i-' $work/master-failed.log \
    && $PYTHON tests/moto_checks.py none moto-run-6"

echo "master.yml against a missing queue"
check "fails without launching anything" bash -c "
    ! ansible-playbook -i inventories/moto master.yml -e run_id=moto-run-2 -e work_queue_name=no-such-queue >$work/master-missing.log 2>&1 \
    && grep -q 'no-such-queue not found' $work/master-missing.log && $PYTHON tests/moto_checks.py count moto-run-2 0"

echo "teardown.yml"
moto launch moto-run-3 master
moto launch moto-run-3 worker
moto launch moto-run-3 worker
moto launch moto-run-4 worker
check "teardown.yml with sweep_roles=[worker] (the Java master's call) keeps the master" bash -c "
    $(declare -f playbook); work=$work; playbook teardown-workers teardown.yml -e run_id=moto-run-3 -e '{\"sweep_roles\": [\"worker\"]}' \
    && $PYTHON tests/moto_checks.py count moto-run-3 1"
start=$(now)
check "teardown.yml of one run" playbook teardown teardown.yml -e run_id=moto-run-3
teardown_seconds=$(seconds "$start")
check "every instance of that run terminated, master included" moto none moto-run-3
check "other runs untouched" moto count moto-run-4 1
start=$(now)
check "teardown.yml of every run, deleting the resources" playbook teardown-all teardown.yml -e "run_id=*" -e teardown_delete_resources=true
teardown_all_seconds=$(seconds "$start")
check "no instance of any run left" moto none '*'
check "queues, topic, alarm, roles, Lambdas, reconcile schedule, HTTP API, Spot template deleted; data bucket kept" moto decommissioned

echo "timings against moto: provision ${provision_seconds}s (again ${reprovision_seconds}s), master run ${master_seconds}s," \
     "teardown of a run ${teardown_seconds}s, teardown with resources ${teardown_all_seconds}s"
echo "run-against-moto: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

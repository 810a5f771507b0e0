#!/usr/bin/python3
"""The AWS path of chart-coder rehearsed on moto, with nothing done on a component's behalf.

Run by rehearse.sh (which builds, starts moto_server and skips without it). In order:
  1. a recording proxy in front of moto: every request goes through it; it evaluates each role's
     calls against the role's provisioned policies (iam_evaluator.py) and answers AccessDenied as
     AWS would; it also plays the EC2 client-token rule moto ignores;
  2. provision.yml with admin credentials, the real Lambda package and jar;
  3. IAM enforcement on in moto (/moto-api/reset-auth), checked per service with probes; every
     component from then on uses sts:AssumeRole credentials of its own role;
  4. charts submitted with the api role; the CloudWatch-shaped SNS event given to the deployed
     function, run from its package alone in a fresh JVM with its configured environment;
  5. an instance runner: every instance moto reports pending/running gets a sandbox directory, an
     IMDSv2 stand-in (its id, region, tags, its instance profile role's credentials) and its user
     data executed as at boot; `shutdown` ends the instance in moto; terminating it kills its
     processes; units the user data installed are started as systemd would;
  6. the run drains, workers and master go; the query API function, read back from moto, run from
     its package in a fresh JVM with its environment and its role's credentials, answers API
     Gateway HTTP API (payload 2.0) events built from the deployed routes; then a second backlog in
     the same clock hour;
  7. target/rehearsal/report.json.
Exit code 0 only when every step held; a denied call names its action and resource.
"""
import argparse
import base64
import hashlib
import http.client
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
import uuid
import zipfile
from datetime import datetime, timezone
from urllib.parse import quote, urlencode

import boto3
from botocore.config import Config

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import iam_evaluator  # noqa: E402

ACCOUNT = "123456789012"
REGION = "us-east-1"
NAME = "chart-coder"
BUCKET = f"{NAME}-data-{ACCOUNT}-{REGION}"
TOKEN_PARAMETER = f"/{NAME}/query-api-token"  # vars/names.yml query_api_token_parameter
# the user's own bucket of exported notes, which the second run codes in place
INPUT_BUCKET = "hospital-exports-rehearsal"
INPUT_PREFIX = "notes/2026/"
ROLES = {"master": f"{NAME}-master", "worker": f"{NAME}-worker", "api": f"{NAME}-api", "launcher": f"{NAME}-launcher",
         "query": f"{NAME}-query-api"}
# Services whose resource moto itself checks: S3 only (it sees "*" as the resource of most other
# services' requests, and of some SQS ones such as GetQueueUrl).
MOTO_SCOPES = ("s3:",)
SANDBOX_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def log(message):
    print(f"rehearsal: {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Failure(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# The recording proxy: IAM evaluation of the roles' calls and the EC2 client-token rule

class Proxy:
    def __init__(self, moto_port, out_dir):
        self.moto_port = moto_port
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.lock = threading.Lock()
        self.principals = {}       # access key id -> {"role": name, "instance": id or None}
        self.policies = {}         # role name -> [policy documents as provisioned]
        self.world = None
        self.evaluating = False
        self.calls = []            # every evaluated call of a role, with its decision and status
        self.denied = []
        self.moto_only_denials = []
        self.client_tokens = {}    # ClientToken -> (status, headers, body) of the first RunInstances
        self.token_replays = 0
        self.calls_file = open(os.path.join(out_dir, "calls.jsonl"), "w")
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def handle_any(self):
                proxy.handle(self)

            do_GET = do_PUT = do_POST = do_HEAD = do_DELETE = handle_any

        class Server(http.server.ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                # an SDK dropping an idle keep-alive connection is no failure; one dropped during an
                # answer is logged by the proxy with the call it was waiting for
                if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
                    super().handle_error(request, client_address)

        self.server = Server(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def body_of(self, handler):
        if "chunked" in handler.headers.get("Transfer-Encoding", ""):
            data = b""
            while True:
                size = int(handler.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    handler.rfile.readline()
                    return data
                data += handler.rfile.read(size)
                handler.rfile.readline()
        return handler.rfile.read(int(handler.headers.get("Content-Length", 0) or 0))

    def handle(self, handler):
        started = time.time()
        try:
            self.answer(handler)
        except (BrokenPipeError, ConnectionResetError):
            action = getattr(handler, "action", None) or handler.headers.get("X-Amz-Target") or handler.command
            log(f"proxy: the client closed its connection before the answer to {action} ({time.time() - started:.1f}s)")

    def answer(self, handler):
        body = self.body_of(handler)
        headers = {k: v for k, v in handler.headers.items()}
        key, _ = iam_evaluator.credential_of(headers)
        principal = self.principals.get(key) if key else None
        calls = []
        if principal and self.evaluating:
            try:
                calls = iam_evaluator.calls_for(self.world, handler.command, handler.path, headers, body,
                                                caller_instance=principal.get("instance"))
            except Exception as e:  # an unparsable request is a finding too
                calls = [{"action": f"unparsed {handler.command} {handler.path}", "resource": "*", "context": {},
                          "why": repr(e)}]
            refused = iam_evaluator.decide(self.policies[principal["role"]], calls)
            if refused:
                self.record(principal, calls, refused, 403)
                return self.answer_denied(handler, headers, refused)
        params = iam_evaluator.query_params(handler.command, handler.path, headers, body)
        handler.action = params.get("Action")
        token = params.get("ClientToken") if params.get("Action") == "RunInstances" else None
        with self.lock:
            replay = self.client_tokens.get(token) if token else None
        if replay:
            # EC2 keeps a client token for at least 24 h after its instance terminated: the same
            # token returns the first reservation, launches nothing (moto ignores client tokens).
            self.token_replays += 1
            status, response_headers, response_body = replay
        else:
            status, response_headers, response_body = self.forward(handler, headers, body)
            if token and status == 200:
                with self.lock:
                    self.client_tokens[token] = (status, response_headers, response_body)
        if principal and self.evaluating:
            # the calls AWS makes depending on the answer (404 needs s3:ListBucket, GET needs kms:Decrypt)
            after = iam_evaluator.calls_for(self.world, handler.command, handler.path, headers, body, status=status,
                                            caller_instance=principal.get("instance"))
            refused = iam_evaluator.decide(self.policies[principal["role"]], after)
            self.record(principal, after, refused, 403 if refused else status)
            if refused:
                return self.answer_denied(handler, headers, refused)
        self.reply(handler, status, response_headers, response_body)

    def forward(self, handler, headers, body):
        connection = http.client.HTTPConnection("127.0.0.1", self.moto_port, timeout=120)
        forwarded = {k: v for k, v in headers.items() if k.lower() not in ("transfer-encoding", "connection")}
        if "chunked" in headers.get("Transfer-Encoding", "") or body:
            forwarded["Content-Length"] = str(len(body))
        connection.request(handler.command, handler.path, body=body if body or handler.command in ("PUT", "POST") else None,
                           headers=forwarded)
        response = connection.getresponse()
        data = response.read()
        connection.close()
        # a HEAD answer keeps the object's length; every other one gets the length of its body
        dropped = ("transfer-encoding", "connection") + (() if handler.command == "HEAD" else ("content-length",))
        return response.status, [(k, v) for k, v in response.getheaders() if k.lower() not in dropped], data

    def reply(self, handler, status, headers, body):
        handler.send_response(status)
        for k, v in headers:
            handler.send_header(k, v)
        if not any(k.lower() == "content-length" for k, _ in headers):
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(body)

    def answer_denied(self, handler, headers, refused):
        first = refused[0]
        message = f"not authorized to perform: {first['action']} on resource: {first['resource']}"
        target = headers.get("X-Amz-Target")
        if target:
            body = json.dumps({"__type": "AccessDeniedException", "message": message}).encode()
            return self.reply(handler, 400, [("Content-Type", "application/x-amz-json-1.0"),
                                             ("x-amzn-query-error", "AccessDenied;Sender")], body)
        _, service = iam_evaluator.credential_of(headers)
        if service == "ec2":
            body = (f"<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>{message}</Message></Error>"
                    f"</Errors><RequestID>{uuid.uuid4()}</RequestID></Response>").encode()
        elif service == "s3":
            body = f"<Error><Code>AccessDenied</Code><Message>{message}</Message></Error>".encode()
        else:
            body = (f"<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>{message}</Message>"
                    f"</Error><RequestId>{uuid.uuid4()}</RequestId></ErrorResponse>").encode()
        self.reply(handler, 403, [("Content-Type", "text/xml")], body)

    def record(self, principal, calls, refused, status):
        with self.lock:
            for call in calls:
                entry = dict(call, role=principal["role"], instance=principal.get("instance"), status=status,
                             decision="allow")
                self.calls.append(entry)
                self.calls_file.write(json.dumps(entry) + "\n")
            if status == 403 and not refused:
                # moto refused what AWS allows (its HeadBucket needs an action of its own): noted, and
                # harmless only because the component goes on (any real failure shows in the run)
                self.moto_only_denials.append(dict(calls[0], role=principal["role"]) if calls else {})
            for call in refused:
                entry = dict(call, role=principal["role"], instance=principal.get("instance"))
                self.denied.append(entry)
                log(f"DENIED {entry['role']}: {entry['action']} on {entry['resource']}"
                    f"{' (' + entry['why'] + ')' if entry.get('why') else ''}")
            self.calls_file.flush()


# ---------------------------------------------------------------------------------------------
# Instances: IMDSv2 stand-in, user data at boot, systemd's start of installed units, shutdown

class Instance:
    def __init__(self, runner, description):
        self.runner = runner
        self.id = description["InstanceId"]
        self.tags = {t["Key"]: t["Value"] for t in description.get("Tags", [])}
        self.role_name = None
        self.credentials = None
        self.root = os.path.join(runner.out, "instances", self.id)
        self.token = uuid.uuid4().hex
        self.port = free_port()
        self.ended = False
        # held while a process of the instance starts and while the instance ends, so that no
        # process starts after kill() has looked for them (a unit started as the instance ended
        # once coded on for a minute after its termination)
        self.lock = threading.Lock()
        self.processes = []
        os.makedirs(os.path.join(self.root, "bin"), exist_ok=True)
        self.write_shutdown()
        self.start_imds()

    @property
    def role(self):
        return self.tags.get("chart-coder:role", "?")

    def write_shutdown(self):
        # `shutdown` in the instance: the operating system powering off; EC2 then applies the
        # instance's shutdown behaviour (terminate). "+N" powers off after N minutes.
        script = os.path.join(self.root, "bin", "shutdown")
        with open(script, "w") as out:
            out.write(f"""#!/bin/bash
when=now
for arg in "$@"; do case "$arg" in now|+[0-9]*) when=$arg;; -c) exit 0;; esac; done
poweroff() {{ curl -s -X POST "http://127.0.0.1:{self.port}/rehearsal/poweroff?reason=$1" >/dev/null; }}
if [ "$when" = now ]; then poweroff now; else
  (sleep $(( ${{when#+}} * 60 )) && poweroff "timer") >/dev/null 2>&1 </dev/null & disown
fi
""")
        os.chmod(script, 0o755)

    def start_imds(self):
        instance = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def send(self, status, text, content_type="text/plain"):
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_PUT(self):
                if self.path == "/latest/api/token" and self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
                    return self.send(200, instance.token)
                self.send(400, "")

            def do_POST(self):
                if self.path.startswith("/rehearsal/poweroff"):
                    threading.Thread(target=instance.runner.power_off, args=(instance, self.path), daemon=True).start()
                    return self.send(200, "")
                self.send(404, "")

            def do_GET(self):
                # IMDSv2 required (the launch asks for it): no token, no answer
                if self.headers.get("X-aws-ec2-metadata-token") != instance.token:
                    return self.send(401, "")
                answer = instance.metadata(self.path.split("?")[0])
                if answer is None:
                    return self.send(404, "")
                self.send(200, *answer) if isinstance(answer, tuple) else self.send(200, answer)

        self.imds = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.imds.daemon_threads = True
        threading.Thread(target=self.imds.serve_forever, daemon=True).start()

    def metadata(self, path):
        base = "/latest/meta-data/"
        if path == base + "instance-id":
            return self.id
        if path == base + "placement/region":
            return REGION
        if path == base + "placement/availability-zone":
            return REGION + "a"
        if path == base + "tags/instance":
            return "\n".join(self.tags)
        if path.startswith(base + "tags/instance/"):
            return self.tags.get(path.rsplit("/", 1)[1])
        if path == "/latest/dynamic/instance-identity/document":
            return json.dumps({"instanceId": self.id, "region": REGION, "accountId": ACCOUNT}), "application/json"
        if self.credentials and path in (base + "iam/security-credentials", base + "iam/security-credentials/"):
            return self.role_name
        if self.credentials and path == base + "iam/security-credentials/" + self.role_name:
            c = self.credentials
            return json.dumps({"Code": "Success", "LastUpdated": c["issued"], "Type": "AWS-HMAC",
                               "AccessKeyId": c["AccessKeyId"], "SecretAccessKey": c["SecretAccessKey"],
                               "Token": c["SessionToken"], "Expiration": c["Expiration"]}), "application/json"
        return None

    def boot(self, user_data):
        script = os.path.join(self.root, "user-data")
        with open(script, "wb") as out:
            out.write(user_data)
        os.chmod(script, 0o755)
        env = {
            "PATH": os.path.join(self.root, "bin") + ":" + SANDBOX_PATH,
            "HOME": os.path.join(self.root, "root"),
            "LANG": "C.UTF-8",
            # the sandbox switches the user data honours
            "CHARTCODER_INSTANCE_ROOT": self.root,
            "CHARTCODER_SKIP_OS_PACKAGES": "1",
            # boto3, botocore and the AWS SDK for Java read the metadata service here
            "AWS_EC2_METADATA_SERVICE_ENDPOINT": f"http://127.0.0.1:{self.port}/",
            "ANSIBLE_LOCAL_TEMP": os.path.join(self.root, "tmp", "ansible"),
            # the copy module stages a file here: in the instance, not in the host's /root
            "ANSIBLE_REMOTE_TEMP": os.path.join(self.root, "tmp", "ansible-remote"),
            "ANSIBLE_NOCOLOR": "1",
            # marks every process of this instance, whatever session it starts
            "REHEARSAL_INSTANCE": self.id,
            # every instance has a loopback of its own on EC2; here they share one, so each gets its
            # own management port (health, metrics) instead of all but one failing to bind 9876
            "CAMEL_MANAGEMENT_PORT": str(free_port()),
        }
        os.makedirs(env["HOME"], exist_ok=True)
        # cloud-init runs user data once, at first boot, as root
        with self.lock:
            if self.ended:
                return
            process = subprocess.Popen(["/bin/bash", script], cwd=self.root, env=env, start_new_session=True,
                                       stdout=open(os.path.join(self.root, "cloud-init-output.log"), "w"),
                                       stderr=subprocess.STDOUT)
            self.processes.append(process)
        self.runner.milestone(f"{self.role} user data started")
        status = process.wait()
        self.runner.user_data_ran(self, status)
        if status == 0 and not self.ended:
            self.start_units(env)

    def start_units(self, env):
        """What systemd does at boot for the units the user data installed and enabled."""
        unit_dir = os.path.join(self.root, "etc", "systemd", "system")
        if not os.path.isdir(unit_dir):
            return
        for name in sorted(os.listdir(unit_dir)):
            if not name.endswith(".service"):
                continue
            unit = {}
            for line in open(os.path.join(unit_dir, name)):
                if "=" in line and not line.startswith("#"):
                    key, _, value = line.strip().partition("=")
                    unit[key] = value
            unit_env = dict(env)
            environment_file = unit.get("EnvironmentFile")
            if environment_file and os.path.exists(environment_file):
                for line in open(environment_file):
                    if "=" in line and not line.startswith("#"):
                        key, _, value = line.strip().partition("=")
                        unit_env[key] = value
            work_dir = os.path.join(self.root, unit.get("WorkingDirectory", "/").lstrip("/"))
            os.makedirs(work_dir, exist_ok=True)
            self.stop_timeout = int(unit.get("TimeoutStopSec", "90"))
            with self.lock:
                if self.ended:
                    return
                process = subprocess.Popen(unit["ExecStart"].split(), cwd=work_dir, env=unit_env, start_new_session=True,
                                           stdout=open(os.path.join(self.root, f"{name}.log"), "w"),
                                           stderr=subprocess.STDOUT)
                self.processes.append(process)
            self.runner.milestone(f"{self.role} service started")

    def pids(self):
        """Every process of this instance: the user data's, and whatever it started under setsid/nohup."""
        marker = f"REHEARSAL_INSTANCE={self.id}".encode()
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/environ", "rb") as f:
                        if marker in f.read().split(b"\0"):
                            found.append(int(entry))
                except OSError:
                    pass
        return found

    def freeze(self):
        """A hung host: every process of the instance stopped. Processes come and go while the list is
        walked (a curl of the user data, say), so it is walked until a pass finds none left running."""
        for _ in range(5):
            running = [pid for pid in self.pids() if process_state(pid) not in ("T", "t", "Z", "X", None)]
            if not running:
                return
            for pid in running:
                try:
                    os.kill(pid, signal.SIGSTOP)
                except ProcessLookupError:
                    pass
            time.sleep(0.1)
        raise Failure(f"{self.role} {self.id}: its processes could not be frozen")

    def kill(self, grace_seconds):
        """The instance is going away: SIGTERM (systemd's KillSignal) then SIGKILL after the grace."""
        with self.lock:
            self.ended = True
        for pid in self.pids():
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        signalled = time.time()
        deadline = signalled + grace_seconds
        while self.pids() and time.time() < deadline:
            time.sleep(0.2)
        left = self.pids()
        # a process outliving its instance codes on as a ghost of it (a worker once did, for minutes)
        log(f"{self.role} {self.id}: processes ended {time.time() - signalled:.1f}s after SIGTERM"
            + (f", {len(left)} killed after {grace_seconds}s" if left else ""))
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.imds.shutdown()
        self.delete_root_volume()

    def delete_root_volume(self):
        """EC2 deletes a terminated instance's root volume (DeleteOnTermination). Its files go here too,
        but for the logs that a failed run's report shows: a rehearsal's instances, each with one or two
        copies of the jar, once filled the disk of the machine CI ran on."""
        for directory, _, names in os.walk(self.root):
            for name in names:
                if not name.endswith(".log"):
                    os.remove(os.path.join(directory, name))


class Runner:
    """Plays EC2 for the instances moto knows: boots them, ends them."""

    def __init__(self, rehearsal):
        self.rehearsal = rehearsal
        self.out = rehearsal.out
        self.instances = {}
        self.failures = []
        self.stopping = False
        self.user_data_roles = set()
        self.last_poll = time.time()
        self.last_error = None
        threading.Thread(target=self.loop, daemon=True).start()

    def milestone(self, name):
        self.rehearsal.milestone(name)

    def loop(self):
        ec2 = self.rehearsal.operator("ec2")
        while not self.stopping:
            try:
                self.poll(ec2)
                self.last_poll = time.time()
            except Exception as e:
                self.last_error = repr(e)
                log(f"instance runner: {e!r}")
            time.sleep(0.5)

    def state(self):
        """What a failed wait reports: EC2's instances as moto describes them and the runner's view."""
        ec2 = self.rehearsal.operator("ec2")
        described = [f"{i['InstanceId']} {i['State']['Name']} "
                     f"{ {t['Key']: t['Value'] for t in i.get('Tags', [])}.get('chart-coder:role', '?') } "
                     f"profile={'yes' if i.get('IamInstanceProfile') else 'no'} "
                     f"booted={'yes' if i['InstanceId'] in self.instances else 'no'}"
                     for r in ec2.describe_instances()["Reservations"] for i in r["Instances"]]
        return (f"EC2: [{'; '.join(described)}]; instance runner last polled {time.time() - self.last_poll:.0f}s ago"
                + (f", last error {self.last_error}" if self.last_error else ""))

    def poll(self, ec2):
        reservations = ec2.describe_instances()["Reservations"]
        described = [i for r in reservations for i in r["Instances"]]
        # moto 5.2 attaches the profile to the first instance of a RunInstances only; EC2 gives every
        # instance of the call the profile it was asked for
        reservation_profiles = {i["InstanceId"]: next((j["IamInstanceProfile"]["Arn"] for j in r["Instances"]
                                                       if j.get("IamInstanceProfile")), None)
                                for r in reservations for i in r["Instances"]}
        for description in described:
            instance_id, state = description["InstanceId"], description["State"]["Name"]
            known = self.instances.get(instance_id)
            if known is None and state in ("pending", "running"):
                profile = description.get("IamInstanceProfile", {}).get("Arn") or reservation_profiles[instance_id]
                if not profile:
                    # moto shows an instance before it attaches the profile of its RunInstances, and every
                    # chart-coder instance has one: boot it once the profile is there, as EC2 would
                    continue
                instance = Instance(self, description)
                self.instances[instance_id] = instance
                self.milestone(f"{instance.role} instance running")
                instance.role_name = profile.split("/")[-1]
                instance.credentials = self.rehearsal.session_for(instance.role_name, instance_id)
                user_data = ec2.describe_instance_attribute(InstanceId=instance_id, Attribute="userData")
                encoded = user_data.get("UserData", {}).get("Value")
                if encoded:
                    threading.Thread(target=instance.boot, args=(base64.b64decode(encoded),), daemon=True).start()
            elif known is not None and not known.ended and state in ("shutting-down", "terminated", "stopped"):
                self.milestone(f"{known.role} instance terminated")
                threading.Thread(target=known.kill, args=(getattr(known, "stop_timeout", 30),), daemon=True).start()

    def user_data_ran(self, instance, status):
        log(f"{instance.role} {instance.id}: user data exited {status}")
        if status == 0:
            self.user_data_roles.add(instance.role)
        else:
            self.failures.append(f"{instance.role} {instance.id} user data exited {status}: "
                                 + tail(os.path.join(instance.root, "var", "log", "chart-coder-bootstrap.log")))

    def power_off(self, instance, path):
        # EC2 applies the instance's shutdown behaviour; the launch asked for "terminate"
        ec2 = self.rehearsal.operator("ec2")
        behaviour = ec2.describe_instance_attribute(InstanceId=instance.id, Attribute="instanceInitiatedShutdownBehavior")
        value = behaviour["InstanceInitiatedShutdownBehavior"]["Value"]
        log(f"{instance.role} {instance.id}: powered off ({path.split('reason=')[-1]}), behaviour {value}")
        self.milestone(f"{instance.role} powered itself off")
        if value == "terminate":
            ec2.terminate_instances(InstanceIds=[instance.id])
        else:
            ec2.stop_instances(InstanceIds=[instance.id])

    def live(self):
        ec2 = self.rehearsal.operator("ec2")
        return [i["InstanceId"] for r in ec2.describe_instances()["Reservations"] for i in r["Instances"]
                if i["State"]["Name"] in ("pending", "running", "stopping", "stopped")]

    def stop_all(self):
        self.stopping = True
        for instance in self.instances.values():
            if instance.pids():
                instance.kill(5)


def launched_no_master(answer):
    """A reconcile answer that started no run, or started one whose launch the route held off."""
    return "started none" in answer or "no master launched" in answer


def process_state(pid):
    """The state letter of /proc/PID/stat (T: stopped, Z: a zombie), None once the process is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return None


def tail(path, lines=15):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return f"({path} not written)"


# ---------------------------------------------------------------------------------------------
# The rehearsal

class Rehearsal:
    def __init__(self, args):
        self.args = args
        self.out = os.path.abspath(args.out)
        shutil.rmtree(self.out, ignore_errors=True)
        os.makedirs(self.out)
        self.moto = f"http://127.0.0.1:{args.moto_port}"
        self.proxy = Proxy(args.moto_port, self.out)
        self.alarm_time = None
        self.phase = ""
        self.milestones = {}
        self.sessions = {}       # role name -> list of unused credentials
        self.operator_keys = None
        self.report = {"iamEnforced": False, "lambdaArtifact": os.path.abspath(args.lambda_zip),
                       "launcherRanFromArtifact": False, "userDataExecuted": [], "chartsSubmitted": 0, "chartsCoded": 0,
                       "deniedCalls": [], "instancesRunningAtEnd": None, "secondRunCoded": False, "secondRunInPlace": False, "milestones": {},
                       "queryApi": None}

    def milestone(self, name):
        """Seconds after the first alarm; each step once per run (its first occurrence)."""
        if self.alarm_time is None:
            return
        key = self.phase + name
        if key in self.milestones:
            return
        self.milestones[key] = round(time.time() - self.alarm_time, 1)
        log(f"+{self.milestones[key]:6.1f}s {key}")

    def client(self, service, keys, endpoint=None):
        return boto3.client(service, region_name=REGION, endpoint_url=endpoint or self.proxy.url,
                            aws_access_key_id=keys["AccessKeyId"], aws_secret_access_key=keys["SecretAccessKey"],
                            aws_session_token=keys.get("SessionToken"),
                            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2}))

    def operator(self, service):
        return self.client(service, self.operator_keys or {"AccessKeyId": "testing", "SecretAccessKey": "testing"})

    # 2. provisioning ------------------------------------------------------------------------
    def provision(self):
        extra = {
            "lambda_package_path": os.path.abspath(self.args.lambda_zip),
            # a token of this rehearsal only; the file holding it is removed once provisioning ran
            "query_api_token": uuid.uuid4().hex,
            "bundle_jar_path": os.path.abspath(self.args.jar),
            "iam_input_locations": [f"{INPUT_BUCKET}/{INPUT_PREFIX}"],
            # the run sized for a rehearsal; on AWS the defaults (application.properties) apply
            "lambda_extra_environment": {
                "CHARTCODER_LIFECYCLE_CHARTS_PER_WORKER": "3", "CHARTCODER_LIFECYCLE_MAX_WORKERS": "2",
                "CHARTCODER_LIFECYCLE_POLL_SECONDS": "1", "CHARTCODER_LIFECYCLE_QUIET_SECONDS": "6",
                "CHARTCODER_LIFECYCLE_HEARTBEAT_SECONDS": "10", "CHARTCODER_LIFECYCLE_MAX_RUN_MINUTES": "8",
                "CHARTCODER_LIFECYCLE_WORKER_STOP_GRACE_SECONDS": "30",
                # the silent-master phase: 3 missed heartbeats, not 10 minutes
                "CHARTCODER_LIFECYCLE_MASTER_SILENT_MINUTES": "0.5"},
        }
        if os.environ.get("REHEARSAL_FIXED_RUN_ID"):
            # one run id for every alarm, as the former per-clock-hour id was within an hour: the
            # second launch reuses the client token and EC2 (the proxy) answers with the dead master
            extra["lambda_extra_environment"]["CHARTCODER_LIFECYCLE_RUN_ID"] = os.environ["REHEARSAL_FIXED_RUN_ID"]
        with open(os.path.join(self.out, "provision-vars.json"), "w") as f:
            json.dump(extra, f)
        self.put_user_exports()
        env = dict(os.environ, MOTO_ENDPOINT_URL=self.proxy.url, ANSIBLE_NOCOLOR="1",
                   ANSIBLE_DEPRECATION_WARNINGS="false", PYTHONWARNINGS="ignore")
        started = time.time()
        with open(os.path.join(self.out, "provision.log"), "w") as out:
            status = subprocess.call(["ansible-playbook", "-i", "inventories/moto", "provision.yml",
                                      "-e", "@" + os.path.join(self.out, "provision-vars.json")],
                                     cwd=self.args.ansible_dir, env=env, stdout=out, stderr=subprocess.STDOUT)
        os.remove(os.path.join(self.out, "provision-vars.json"))
        if status != 0:
            raise Failure("provision.yml failed:\n" + tail(os.path.join(self.out, "provision.log"), 30))
        self.report["provisionSeconds"] = round(time.time() - started, 1)
        log(f"provision.yml ran in {self.report['provisionSeconds']}s")

    def put_user_exports(self):
        """The user's notes in their own bucket (SSE-S3, as a hospital export might be): 3 .txt files."""
        s3 = self.operator("s3")
        s3.create_bucket(Bucket=INPUT_BUCKET)
        samples = sorted(f for f in os.listdir(self.args.samples) if f.endswith(".txt"))[:3]
        for name in samples:
            with open(os.path.join(self.args.samples, name), "rb") as f:
                s3.put_object(Bucket=INPUT_BUCKET, Key=INPUT_PREFIX + name, Body=f.read(), ServerSideEncryption="AES256")

    # 3. IAM -----------------------------------------------------------------------------------
    def prepare_iam(self):
        iam, kms, s3, sqs = self.operator("iam"), self.operator("kms"), self.operator("s3"), self.operator("sqs")
        # the rehearsal's own operator: plays CloudWatch, EC2 and Lambda (services, not roles)
        try:
            iam.create_user(UserName="rehearsal-operator")
        except iam.exceptions.EntityAlreadyExistsException:
            pass
        iam.put_user_policy(UserName="rehearsal-operator", PolicyName="operator", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
        self.operator_keys = iam.create_access_key(UserName="rehearsal-operator")["AccessKey"]
        os.makedirs(os.path.join(self.out, "policies"), exist_ok=True)
        for role in ROLES.values():
            names = iam.list_role_policies(RoleName=role)["PolicyNames"]
            documents = []
            for name in names:
                document = iam.get_role_policy(RoleName=role, PolicyName=name)["PolicyDocument"]
                document = json.loads(document) if isinstance(document, str) else document
                document = without_dropped_action(role, document)
                documents.append(document)
                # moto cannot evaluate conditions (it treats them as Deny) nor resources outside
                # S3 and SQS: it gets the same actions, unconditioned, scoped where it can check
                iam.put_role_policy(RoleName=role, PolicyName=name, PolicyDocument=json.dumps(moto_projection(document)))
            self.proxy.policies[role] = documents
            with open(os.path.join(self.out, "policies", f"{role}.json"), "w") as f:
                json.dump(documents, f, indent=2)
        aliases = {a["AliasName"]: a["TargetKeyId"] for a in kms.list_aliases()["Aliases"] if "TargetKeyId" in a}
        key_id = aliases[f"alias/{NAME}"]
        key_arn = kms.describe_key(KeyId=key_id)["KeyMetadata"]["Arn"]
        rules = s3.get_bucket_encryption(Bucket=BUCKET)["ServerSideEncryptionConfiguration"]["Rules"]
        bucket_key = rules[0]["ApplyServerSideEncryptionByDefault"].get("KMSMasterKeyID")
        queue_keys = {}
        for name in (f"{NAME}-work", f"{NAME}-work-dlq", f"{NAME}-alarm", f"{NAME}-alarm-dlq"):
            url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
            attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
            if attributes.get("KmsMasterKeyId"):
                queue_keys[name] = attributes["KmsMasterKeyId"]
        profiles = {p["InstanceProfileName"]: p["Roles"][0]["Arn"] for p in iam.list_instance_profiles()["InstanceProfiles"]
                    if p["Roles"]}
        table = self.operator("dynamodb").describe_table(TableName=f"{NAME}-index")["Table"]
        table_keys = {table["TableName"]: table["SSEDescription"]["KMSMasterKeyArn"]}
        parameters = self.operator("ssm").describe_parameters(
            ParameterFilters=[{"Key": "Name", "Values": [TOKEN_PARAMETER]}])["Parameters"]
        parameter_keys = {p["Name"]: p["KeyId"] for p in parameters if p.get("Type") == "SecureString" and p.get("KeyId")}
        self.key_arn = key_arn
        self.proxy.world = iam_evaluator.World(ACCOUNT, REGION, key_arns={key_id: key_arn}, aliases=aliases,
                                               profiles=profiles, bucket_keys={BUCKET: bucket_key},
                                               queue_keys=queue_keys, instance_tags=self.instance_tags,
                                               table_keys=table_keys, parameter_keys=parameter_keys)
        with open(os.path.join(self.out, "world.json"), "w") as f:
            json.dump({"keyArn": key_arn, "aliases": aliases, "profiles": profiles, "bucketKey": bucket_key,
                       "queueKeys": queue_keys, "tableKeys": table_keys,
                       "parameterKeys": parameter_keys}, f, indent=2)
        # Each role's credentials as its service gets them (EC2 for instance profiles, Lambda for the
        # function): sts:AssumeRole, before enforcement -- moto 5.2 cannot evaluate a trust policy
        # naming a service principal. One session per instance, so the evaluator knows the caller's
        # instance (ec2:SourceInstanceARN).
        sts = self.operator("sts")
        pools = {ROLES["launcher"]: 6, ROLES["api"]: 1, ROLES["master"]: 7, ROLES["worker"]: 12, ROLES["query"]: 2}
        for role, count in pools.items():
            self.sessions[role] = []
            for n in range(count):
                credentials = sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/{role}",
                                              RoleSessionName=f"rehearsal-{n}", DurationSeconds=3600)["Credentials"]
                credentials = {k: (v.strftime("%Y-%m-%dT%H:%M:%SZ") if hasattr(v, "strftime") else v)
                               for k, v in credentials.items()}
                credentials["issued"] = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                self.sessions[role].append(credentials)
                self.proxy.principals[credentials["AccessKeyId"]] = {"role": role, "instance": None}

    def session_for(self, role, instance_id=None):
        credentials = self.sessions[role].pop(0)
        self.proxy.principals[credentials["AccessKeyId"]]["instance"] = instance_id
        return credentials

    def instance_tags(self, instance_id):
        ec2 = boto3.client("ec2", region_name=REGION, endpoint_url=self.moto,
                           aws_access_key_id=self.operator_keys["AccessKeyId"],
                           aws_secret_access_key=self.operator_keys["SecretAccessKey"])
        reservations = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"]
        return {t["Key"]: t["Value"] for r in reservations for i in r["Instances"] for t in i.get("Tags", [])}

    def enforce(self):
        request = http.client.HTTPConnection("127.0.0.1", self.args.moto_port)
        request.request("POST", "/moto-api/reset-auth", body=b"0")
        response = request.getresponse()
        response.read()
        if response.status != 200:
            raise Failure(f"moto refused /moto-api/reset-auth: {response.status}")
        self.proxy.evaluating = True
        # the provisioning credentials are no identity of the account: refused from now on
        try:
            self.client("sqs", {"AccessKeyId": "testing", "SecretAccessKey": "testing"}, self.moto).list_queues()
            raise Failure("moto still accepts unknown credentials after enforcement was turned on")
        except Exception as e:
            if isinstance(e, Failure):
                raise
        self.report["iamEnforced"] = True
        self.report["motoEnforcement"] = self.probe()
        log(f"IAM enforced; moto's own checks per service: {json.dumps(self.report['motoEnforcement'])}")

    def probe(self):
        """Whether moto itself denies an action missing from a role's policy, per service (called
        directly, past the proxy), and allows one that is there."""
        worker = self.sessions[ROLES["worker"]][-1]
        master = self.sessions[ROLES["master"]][-1]
        work_url = self.operator("sqs").get_queue_url(QueueName=f"{NAME}-work")["QueueUrl"]
        results = {}
        probes = {
            "sqs": (lambda: self.client("sqs", worker, self.moto).get_queue_attributes(QueueUrl=work_url),
                    lambda: self.client("sqs", worker, self.moto).send_message(QueueUrl=work_url, MessageBody="probe")),
            "s3": (lambda: self.client("s3", worker, self.moto).list_objects_v2(Bucket=BUCKET, Prefix="dist/"),
                   lambda: self.client("s3", worker, self.moto).put_object(Bucket=BUCKET, Key="charts/probe.txt", Body=b"x")),
            "ec2": (lambda: self.client("ec2", master, self.moto).describe_instances(),
                    lambda: self.client("ec2", worker, self.moto).describe_instances()),
            "kms": (lambda: self.client("kms", worker, self.moto).generate_data_key(KeyId=self.key_arn, KeySpec="AES_256"),
                    lambda: self.client("kms", worker, self.moto).encrypt(KeyId=self.key_arn, Plaintext=b"x")),
        }
        for service, (allowed, missing) in probes.items():
            error = None
            try:
                allowed()
                allows = True
            except Exception as e:
                allows, error = False, str(e)
            try:
                missing()
                denies = False
            except Exception as e:
                denies = "AccessDenied" in str(e) or "not authorized" in str(e) or "UnauthorizedOperation" in str(e)
            results[service] = {"allowsListedAction": allows, "deniesMissingAction": denies,
                                "checksResources": service + ":" in MOTO_SCOPES}
            if error:
                results[service]["allowedCallFailed"] = error
        return results

    # 4. charts and the alarm --------------------------------------------------------------------
    def submit(self, batch, count, in_place=False):
        """Intake as users run it, under the api role: `chart-coder submit DIR` with the aws profile
        stores each chunk's bundle (SSE-KMS), records its charts in the index table and queues its job;
        `chart-coder submit s3://...` (in_place) copies nothing and queues jobs naming the user's objects."""
        api = self.session_for(ROLES["api"]) if self.sessions[ROLES["api"]] else self.api
        self.api = api
        charts = f"s3://{INPUT_BUCKET}/{INPUT_PREFIX}"
        if not in_place:
            charts = os.path.join(self.out, "submitted", batch)
            os.makedirs(charts, exist_ok=True)
            samples = sorted(os.path.join(self.args.samples, f) for f in os.listdir(self.args.samples) if f.endswith(".txt"))
            for n in range(count):
                shutil.copyfile(samples[n % len(samples)], os.path.join(charts, f"chart-{n + 1}.txt"))
        env = {
            "PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", self.out), "LANG": "C.UTF-8",
            # the api role's session, as the SDK's default chain finds it
            "AWS_ACCESS_KEY_ID": api["AccessKeyId"], "AWS_SECRET_ACCESS_KEY": api["SecretAccessKey"],
            "AWS_SESSION_TOKEN": api["SessionToken"],
            "CHARTCODER_AWS_REGION": REGION, "CHARTCODER_AWS_ENDPOINT": self.proxy.url,
            "CHARTCODER_BUCKET": BUCKET, "CHARTCODER_QUEUE_WORK": f"{NAME}-work",
            "CHARTCODER_QUEUE_DEADLETTER": f"{NAME}-work-dlq", "CHARTCODER_S3_ENCRYPTION": "kms",
            "CHARTCODER_S3_USEKMSKEY": "true", "CHARTCODER_S3_KMSKEYID": self.key_arn,
            "CHARTCODER_INDEX_TABLE": f"{NAME}-index",
        }
        started = time.time()
        done = subprocess.run(["java", "-Xmx512m", "-jar", self.args.jar, "submit", "--profile", "aws",
                               "--data-dir", os.path.join(self.out, "submit-data"), "--batch-id", batch, charts],
                              env=env, cwd=self.out, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise Failure(f"submit of {batch} under the api role failed ({done.returncode}):\n"
                          + "\n".join((done.stdout + done.stderr).splitlines()[-25:]))
        self.report["chartsSubmitted"] += count
        log(f"{count} charts of batch {batch} submitted by `chart-coder submit` under the api role "
            f"({time.time() - started:.1f}s): {done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ''}")

    def alarm_event(self):
        """The Lambda SNS event CloudWatch's ALARM transition produces through the alarm topic."""
        now = datetime.now(timezone.utc)
        change = now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}+0000"
        topic = f"arn:aws:sns:{REGION}:{ACCOUNT}:{NAME}-alarm"
        alarm = f"{NAME}-backlog"
        message = {"AlarmName": alarm, "AlarmDescription": "Chart jobs are waiting; starts a chart-coder run.",
                   "AWSAccountId": ACCOUNT, "NewStateValue": "ALARM",
                   "NewStateReason": "Threshold Crossed: 1 datapoint [6.0] was greater than the threshold (0.0).",
                   "StateChangeTime": change, "Region": "US East (N. Virginia)",
                   "AlarmArn": f"arn:aws:cloudwatch:{REGION}:{ACCOUNT}:alarm:{alarm}", "OldStateValue": "OK",
                   "Trigger": {"MetricName": "ApproximateNumberOfMessagesVisible", "Namespace": "AWS/SQS",
                               "StatisticType": "Statistic", "Statistic": "MAXIMUM", "Unit": None,
                               "Dimensions": [{"value": f"{NAME}-work", "name": "QueueName"}], "Period": 60,
                               "EvaluationPeriods": 1, "ComparisonOperator": "GreaterThanThreshold", "Threshold": 0.0,
                               "TreatMissingData": "notBreaching", "EvaluateLowSampleCountPercentile": ""}}
        return {"Records": [{"EventSource": "aws:sns", "EventVersion": "1.0",
                             "EventSubscriptionArn": f"{topic}:{uuid.uuid4()}",
                             "Sns": {"Type": "Notification", "MessageId": str(uuid.uuid4()), "TopicArn": topic,
                                     "Subject": f'ALARM: "{alarm}" in US East (N. Virginia)',
                                     "Message": json.dumps(message), "Timestamp": now.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                                     "SignatureVersion": "1", "Signature": "EXAMPLE",
                                     "SigningCertUrl": "https://sns.us-east-1.amazonaws.com/cert.pem",
                                     "UnsubscribeUrl": "https://sns.us-east-1.amazonaws.com/unsubscribe",
                                     "MessageAttributes": {}}}]}

    def run_deployed(self, name, label, events):
        """Lambda: the deployed function, read back from moto (code, handler, environment, memory,
        timeout, role), run from its package alone in a fresh JVM with that environment and its
        role's credentials; the events are invocations of one warm container. The RESULT lines."""
        function = self.operator("lambda").get_function(FunctionName=name)["Configuration"]
        package = open(self.args.lambda_zip, "rb").read()
        digest = base64.b64encode(hashlib.sha256(package).digest()).decode()
        if function["CodeSha256"] != digest or function["CodeSize"] != len(package):
            raise Failure(f"the deployed function {name}'s code ({function['CodeSha256']}, {function['CodeSize']} bytes) "
                          f"is not {self.args.lambda_zip} ({digest}, {len(package)} bytes)")
        role = function["Role"].split("/")[-1]
        task = os.path.join(self.out, f"lambda-{label}", "task")
        with zipfile.ZipFile(self.args.lambda_zip) as z:
            z.extractall(task)
        event_files = []
        for n, event in enumerate(events):
            event_files.append(os.path.join(self.out, f"lambda-{label}", f"event-{n + 1}.json"))
            with open(event_files[-1], "w") as f:
                json.dump(event, f, indent=2)
        credentials = self.session_for(role)
        env = dict(function.get("Environment", {}).get("Variables", {}))
        env.update({"PATH": SANDBOX_PATH, "LANG": "C.UTF-8", "LAMBDA_TASK_ROOT": task, "_HANDLER": function["Handler"],
                    "AWS_REGION": REGION, "AWS_DEFAULT_REGION": REGION, "AWS_LAMBDA_FUNCTION_NAME": function["FunctionName"],
                    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(function["MemorySize"]),
                    "AWS_ACCESS_KEY_ID": credentials["AccessKeyId"], "AWS_SECRET_ACCESS_KEY": credentials["SecretAccessKey"],
                    "AWS_SESSION_TOKEN": credentials["SessionToken"]})
        runtime = os.path.join(os.path.dirname(os.path.abspath(__file__)), "LambdaRuntime.java")
        command = ["java", f"-Xmx{function['MemorySize']}m", "-XX:+UseSerialGC", runtime, task, function["Handler"],
                   os.pathsep.join(event_files), str(function["Timeout"] * len(events))]
        # Lambda's time limit per invocation; the JVM's start and source compilation get 15 s on top
        # (Lambda's init phase)
        try:
            result = subprocess.run(command, env=env, capture_output=True, text=True,
                                    timeout=function["Timeout"] * len(events) + 15)
        except subprocess.TimeoutExpired:
            raise Failure(f"{name} ran past its {function['Timeout']} s timeout")
        with open(os.path.join(self.out, f"lambda-{label}", "output.log"), "w") as f:
            f.write(result.stdout + result.stderr)
        # Lambda's execution environment goes when the invocations end; so does the unpacked package
        shutil.rmtree(task)
        results = [line[len("RESULT "):] for line in result.stdout.splitlines() if line.startswith("RESULT ")]
        if result.returncode != 0 or len(results) != len(events):
            raise Failure(f"{name} failed (exit {result.returncode}):\n{(result.stdout + result.stderr)[-3000:]}")
        return function, role, results

    @staticmethod
    def scheduled_event():
        """What the EventBridge schedule rule hands its target, the launcher (no SNS record in it)."""
        now = datetime.now(timezone.utc)
        return {"version": "0", "id": str(uuid.uuid4()), "detail-type": "Scheduled Event", "source": "aws.events",
                "account": ACCOUNT, "time": now.strftime("%Y-%m-%dT%H:%M:%SZ"), "region": REGION,
                "resources": [f"arn:aws:events:{REGION}:{ACCOUNT}:rule/{NAME}-reconcile"], "detail": {}}

    def work_queue_depth(self, queue="work"):
        sqs = self.operator("sqs")
        url = sqs.get_queue_url(QueueName=f"{NAME}-{queue}")["QueueUrl"]
        attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=[
            "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])["Attributes"]
        return f"{attributes.get('ApproximateNumberOfMessages')} visible, " \
               f"{attributes.get('ApproximateNumberOfMessagesNotVisible')} in flight"

    def invoke_launcher(self, label, scheduled=False):
        started = time.time()
        event = self.scheduled_event() if scheduled else self.alarm_event()
        _, role, results = self.run_deployed(f"{NAME}-launch-master", label, [event])
        if scheduled:
            self.report.setdefault("reconcileAnswers", []).append(results[0])
        elif results != ["handled 1 notification(s)"]:
            raise Failure(f"the launcher answered {results}")
        self.report["launcherRanFromArtifact"] = True
        self.report.setdefault("launcherSeconds", []).append(round(time.time() - started, 1))
        log(f"launcher ran from {os.path.basename(self.args.lambda_zip)} in a fresh JVM as role {role}: "
            f"{results[0]} ({time.time() - started:.1f}s)")

    # the query API --------------------------------------------------------------------------------
    def deployed_routes(self):
        """The HTTP API as provisioned: its Lambda proxy integration and routes, which must be the
        lines of docs/api-gateway-routes.txt (the one source of the routes)."""
        gateway = self.operator("apigatewayv2")
        apis = [a for a in gateway.get_apis()["Items"] if a["Name"] == f"{NAME}-query-api"]
        if len(apis) != 1:
            raise Failure(f"query API: {len(apis)} HTTP APIs named {NAME}-query-api")
        api = apis[0]
        function_arn = f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{NAME}-query-api"
        integrations = gateway.get_integrations(ApiId=api["ApiId"])["Items"]
        proxy = [i for i in integrations if i.get("IntegrationUri") == function_arn
                 and i.get("IntegrationType") == "AWS_PROXY" and i.get("PayloadFormatVersion") == "2.0"]
        if not proxy:
            raise Failure(f"query API: no payload-2.0 proxy integration to {function_arn} ({integrations})")
        target = f"integrations/{proxy[0]['IntegrationId']}"
        routes = gateway.get_routes(ApiId=api["ApiId"])["Items"]
        off_target = [r["RouteKey"] for r in routes if r.get("Target") != target]
        source = os.path.join(self.args.ansible_dir, "..", "docs", "api-gateway-routes.txt")
        listed = [line.strip() for line in open(source) if line.strip() and not line.startswith("#")]
        deployed = sorted(r["RouteKey"] for r in routes)
        if off_target or deployed != sorted(listed):
            raise Failure(f"query API: routes {deployed} (not to the function: {off_target}) are not {source}'s {listed}")
        stage = gateway.get_stage(ApiId=api["ApiId"], StageName="$default")
        if not stage.get("DefaultRouteSettings", {}).get("ThrottlingRateLimit") or not stage.get("AccessLogSettings"):
            raise Failure(f"query API: the $default stage lacks throttling or access logs ({stage})")
        return api, deployed

    @staticmethod
    def gateway_event(api, route, values, query=None, token=None):
        """The payload-2.0 event API Gateway sends the function for a request on one route."""
        method, template = route.split(" ", 1)
        path = template
        for name, value in values.items():
            path = path.replace("{" + name + "}", quote(value, safe=""))
        now = datetime.now(timezone.utc)
        headers = {"host": f"{api['ApiId']}.execute-api.{REGION}.amazonaws.com", "user-agent": "rehearsal",
                   "x-forwarded-proto": "https"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        event = {"version": "2.0", "routeKey": route, "rawPath": path, "rawQueryString": urlencode(query or {}),
                 "headers": headers, "isBase64Encoded": False,
                 "requestContext": {"accountId": ACCOUNT, "apiId": api["ApiId"], "domainName": headers["host"],
                                    "domainPrefix": api["ApiId"], "requestId": uuid.uuid4().hex, "routeKey": route,
                                    "stage": "$default", "time": now.strftime("%d/%b/%Y:%H:%M:%S +0000"),
                                    "timeEpoch": int(now.timestamp() * 1000),
                                    "http": {"method": method, "path": path, "protocol": "HTTP/1.1",
                                             "sourceIp": "203.0.113.10", "userAgent": "rehearsal"}}}
        if values:
            event["pathParameters"] = dict(values)
        if query:
            event["queryStringParameters"] = dict(query)
        return event

    @staticmethod
    def gateway_answer(raw):
        """(status, JSON body as a dict) of a payload-2.0 response as LambdaRuntime printed it."""
        response = json.loads(raw)
        try:
            body = json.loads(response.get("body") or "{}")
        except ValueError:
            body = {}
        return response.get("statusCode"), body if isinstance(body, dict) else {}

    def query_token(self):
        """The API's token as an operator reads it: the function's environment names the SSM
        SecureString (and holds no token); the parameter is encrypted with the data key."""
        environment = self.operator("lambda").get_function_configuration(
            FunctionName=f"{NAME}-query-api")["Environment"]["Variables"]
        if "CHARTCODER_API_TOKEN" in environment or environment.get("CHARTCODER_API_TOKENPARAMETER") != TOKEN_PARAMETER:
            raise Failure(f"query API: the function's environment {sorted(environment)} must name the token's "
                          f"parameter {TOKEN_PARAMETER} and hold no token")
        ssm = self.operator("ssm")
        described = ssm.describe_parameters(ParameterFilters=[{"Key": "Name", "Values": [TOKEN_PARAMETER]}])["Parameters"]
        if [(p["Type"], p.get("KeyId")) for p in described] != [("SecureString", self.key_arn)]:
            raise Failure(f"query API: {TOKEN_PARAMETER} is not a SecureString under the data key {self.key_arn}: {described}")
        return ssm.get_parameter(Name=TOKEN_PARAMETER, WithDecryption=True)["Parameter"]["Value"]

    def query_api(self, batch):
        """The query function as deployed answers what API Gateway would send it, under its own role."""
        self.phase = "query API: "
        started = time.time()
        api, routes = self.deployed_routes()
        s3 = self.operator("s3")
        codes = {}
        for result in self.results(batch):
            for code in {c["code"] for c in result.get("codes", [])}:
                codes.setdefault(code, set()).add(result["chartId"])
        if not codes:
            raise Failure(f"query API: the results of {batch} have no codes to query")
        code = max(sorted(codes), key=lambda c: len(codes[c]))
        chart = sorted(codes[code])[0]
        token = self.query_token()
        chart_route, code_route = "GET /api/charts/{chartId}", "GET /api/codes/{code}/charts"
        batch_route = "GET /api/batches/{batchId}"
        missing = [r for r in (chart_route, code_route, batch_route) if r not in routes]
        if missing:
            raise Failure(f"query API: routes {missing} are not deployed")
        checks = {
            "chart200": (self.gateway_event(api, chart_route, {"chartId": chart}, token=token),
                         lambda status, body: status == 200 and body.get("chartId") == chart),
            "noToken401": (self.gateway_event(api, chart_route, {"chartId": chart}),
                           lambda status, body: status == 401),
            "unknown404": (self.gateway_event(api, chart_route, {"chartId": "no-such-chart"}, token=token),
                           lambda status, body: status == 404),
            # the batch's counters, one index read
            "batch200": (self.gateway_event(api, batch_route, {"batchId": batch}, token=token),
                         lambda status, body: status == 200 and body.get("total") == body.get("coded") > 0),
            # one chart a page: more charts with the code than the page holds, so a nextToken
            "paginated": (self.gateway_event(api, code_route, {"code": code}, {"limit": "1"}, token=token),
                          lambda status, body: status == 200 and len(body.get("charts", [])) == 1
                          and ("nextToken" in body) == (len(codes[code]) > 1) and len(codes[code]) > 1),
        }
        function, role, results = self.run_deployed(f"{NAME}-query-api", "query-api", [e for e, _ in checks.values()])
        outcome = {"fromArtifact": True, "tokenParameter": True}
        answers, bodies = {}, {}
        for (name, (_, holds)), raw in zip(checks.items(), results):
            status, bodies[name] = self.gateway_answer(raw)
            outcome[name] = bool(holds(status, bodies[name]))
            answers[name] = f"{status} {sorted(bodies[name])}"
        if outcome["paginated"]:
            # the next page, as a client would ask for it: the token from the first, another chart
            page = self.gateway_event(api, code_route, {"code": code},
                                      {"limit": "1", "nextToken": bodies["paginated"]["nextToken"]}, token=token)
            status, body = self.gateway_answer(self.run_deployed(f"{NAME}-query-api", "query-api-page-2", [page])[2][0])
            outcome["paginated"] = status == 200 and len(body.get("charts", [])) == 1 \
                and body["charts"] != bodies["paginated"]["charts"]
            answers["paginated, page 2"] = f"{status} {sorted(body)}"
        outcome["routes"] = len(routes)
        self.report["queryApi"] = outcome
        self.milestone("answered")
        failed = [name for name, held in outcome.items() if held is False]
        if self.proxy.denied:
            first = self.proxy.denied[0]
            failed.append(f"denied: {first['role']} {first['action']} on {first['resource']}")
        if failed:
            raise Failure(f"query API: {', '.join(failed)} failed (answers: {answers})")
        log(f"query API: {function['FunctionName']} from {os.path.basename(self.args.lambda_zip)} as role {role}, "
            f"{len(routes)} routes; chart {chart}, code {code} ({len(codes[code])} charts): {answers} "
            f"({time.time() - started:.1f}s)")

    # 5./6. a run ---------------------------------------------------------------------------------
    def results(self, batch):
        """Every chart result of a batch, from its chunk records (results/{batch}/{chunk}.json)."""
        results = []
        s3 = self.operator("s3")
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=f"results/{batch}/"):
            for item in page.get("Contents", []):
                results += json.loads(s3.get_object(Bucket=BUCKET, Key=item["Key"])["Body"].read()).get("results", [])
        return results

    def coded(self, batch):
        return len(self.results(batch))

    def run(self, label, batch, charts, timeout, in_place=False, scheduled=False):
        self.submit(batch, charts, in_place)
        if self.alarm_time is None:
            self.alarm_time = time.time()
        start = time.time()
        self.phase = "" if label == "first" else f"{label} run: "
        self.milestone("alarm")
        before = set(self.runner.instances)
        replays = self.proxy.token_replays
        self.invoke_launcher(label, scheduled)
        self.milestone("launcher returned")
        answer = self.report["reconcileAnswers"][-1] if scheduled else ""
        if launched_no_master(answer):
            raise Failure(f"{label} run: the scheduled check launched no master with {charts} charts waiting: "
                          f"{answer}; work queue {self.work_queue_depth()}; "
                          f"{self.runner.state()}")
        return self.await_run(label, batch, charts, before, start + timeout, replays, scheduled)

    def await_run(self, label, batch, charts, before, deadline, replays, scheduled=False):
        """Until the run's master (the first one not in before) has ended and no instance is left."""
        start = time.time()
        master = None
        why = f"none within {deadline - start:.0f}s"
        while time.time() < deadline:
            new = [i for i in self.runner.instances.values() if i.id not in before and i.role == "master"]
            if new and master is None:
                master = new[0]
                self.milestone("master instance running")
            done = self.coded(batch)
            if done:
                self.milestone("first result")
            if done >= charts:
                self.milestone("all charts coded")
            if master is not None and master.ended and not self.runner.live():
                self.milestone("zero instances left")
                break
            if self.proxy.denied:
                first = self.proxy.denied[0]
                why = f"a call was denied: {first['role']} {first['action']} on {first['resource']}"
                break
            if master is None and self.proxy.token_replays > replays and time.time() > start + 30:
                why = "EC2 answered the launch with an earlier reservation"
                break
            if self.runner.failures:
                raise Failure("; ".join(self.runner.failures))
            time.sleep(1)
        if master is None:
            answer = self.report.get("reconcileAnswers", ["-"])[-1] if scheduled else "-"
            raise Failure(f"{label} run: no master instance appeared ({why}; scheduled check's answer: {answer}; "
                          f"client-token replays: {self.proxy.token_replays}; {self.runner.state()})")
        return self.coded(batch), master

    def main(self):
        self.provision()
        self.prepare_iam()
        self.enforce()
        self.runner = Runner(self)
        try:
            coded, master = self.run("first", "rehearsal-1", 6, self.args.timeout)
            self.report["chartsCoded"] = coded
            self.check_run(master, "first", coded, 6)
            self.query_api("rehearsal-1")
            # a second backlog in the same clock hour: a new ALARM transition, a new run
            # ... whose charts are the user's objects, coded in place
            coded2, master2 = self.run("second", "rehearsal-2", 3, self.args.timeout, in_place=True)
            self.report["chartsCoded"] += coded2
            self.report["secondRunCoded"] = coded2 == 3 and master2.id != master.id
            self.report["secondRunInPlace"] = not self.operator("s3").list_objects_v2(
                Bucket=BUCKET, Prefix="charts/rehearsal-2/").get("Contents")
            self.check_run(master2, "second", coded2, 3)
            self.stranded_work()
            self.silent_master()
            self.bootstrap_failure()
        finally:
            self.report["deniedCalls"] = [{k: c.get(k) for k in ("role", "instance", "action", "resource", "why", "decision")}
                                          for c in self.proxy.denied]
            self.report["userDataExecuted"] = sorted(self.runner.user_data_roles)
            self.report["instancesRunningAtEnd"] = len(self.runner.live())
            self.report["milestones"] = self.milestones
            self.report["clientTokenReplays"] = self.proxy.token_replays
            self.report["callsEvaluated"] = len(self.proxy.calls)
            self.report["motoOnlyDenials"] = sorted({f"{c.get('role')} {c.get('action')} {c.get('resource')}"
                                                     for c in self.proxy.moto_only_denials})
            self.runner.stop_all()
            self.write_report()

    def stranded_work(self):
        """Work the alarm never announced (a lost notification) and a worker whose run has no master:
        the EventBridge schedule's event alone must terminate the orphan by its run tag, start a run
        and get the charts coded."""
        ec2 = self.operator("ec2")
        # no instance profile: the instance runner leaves it unbooted, as a stray worker it stays up
        orphan = ec2.run_instances(ImageId="ami-1e749f67", InstanceType="t3.micro", MinCount=1, MaxCount=1,
                                   TagSpecifications=[{"ResourceType": "instance", "Tags": [
                                       {"Key": "chart-coder:run", "Value": "rehearsal-orphaned"},
                                       {"Key": "chart-coder:role", "Value": "worker"}]}])["Instances"][0]["InstanceId"]
        coded, master = self.run("stranded", "rehearsal-3", 2, self.args.timeout, scheduled=True)
        answer = self.report["reconcileAnswers"][-1]
        state = ec2.describe_instances(InstanceIds=[orphan])["Reservations"][0]["Instances"][0]["State"]["Name"]
        run_id = master.tags.get("chart-coder:run", "")
        if "orphaned runs [rehearsal-orphaned]" not in answer or state not in ("shutting-down", "terminated") \
                or "-reconcile-" not in run_id:
            raise Failure(f"stranded work: the scheduled check answered {answer!r}; orphan {orphan} {state}; run {run_id}")
        self.check_run(master, "stranded", coded, 2)
        self.report["strandedWorkCoded"] = coded == 2
        self.report["orphanTerminated"] = True

    def silent_master(self):
        """A master that stops writing its heartbeat (its processes frozen, as on a hung host) while
        its charts wait: the scheduled check must terminate its run by the run tag and start a run
        that codes them. Frozen at its first heartbeat, which it writes as it starts master.yml, so
        before it launched a worker (else that worker's jobs would wait out the visibility timeout)."""
        batch, charts = "rehearsal-4", 2
        self.submit(batch, charts)
        self.phase = "silent master: "
        self.milestone("alarm")
        before = set(self.runner.instances)
        self.invoke_launcher("silent")
        s3 = self.operator("s3")
        deadline = time.time() + self.args.timeout
        master = None
        while time.time() < deadline and master is None:
            new = [i for i in self.runner.instances.values() if i.id not in before and i.role == "master"]
            if new and s3.list_objects_v2(Bucket=BUCKET, Prefix=f"runs/{new[0].tags['chart-coder:run']}/heartbeat.json").get("KeyCount"):
                master = new[0]
            time.sleep(0.5)
        if master is None:
            raise Failure("silent master: no master wrote a heartbeat")
        master.freeze()
        self.milestone("master frozen after its first heartbeat")
        silent_run = master.tags["chart-coder:run"]
        workers = [i.id for i in self.runner.instances.values() if i.id not in before and i.role == "worker"]
        if workers:
            raise Failure(f"silent master: run {silent_run} launched workers {workers} before it was frozen")
        time.sleep(35)  # the launcher's silence limit is 30 s here
        before = set(self.runner.instances)
        replays = self.proxy.token_replays
        self.invoke_launcher("silent-check", scheduled=True)
        self.milestone("scheduled check returned")
        answer = self.report["reconcileAnswers"][-1]
        if f"overdue or silent runs [{silent_run}]" not in answer or launched_no_master(answer):
            raise Failure(f"silent master: the scheduled check answered {answer!r}")
        coded, replacement = self.await_run("silent", batch, charts, before, time.time() + self.args.timeout, replays,
                                            scheduled=True)
        self.check_run(replacement, "silent master", coded, charts)
        if not master.ended or "-reconcile-" not in replacement.tags.get("chart-coder:run", ""):
            raise Failure(f"silent master: frozen master {master.id} ended {master.ended}, replacement {replacement.tags}")
        self.report["silentMasterReplaced"] = True

    def bootstrap_failure(self):
        """A master whose bootstrap fails (here: the distribution lost master.yml) must say so in the
        run record and take its instance away at once, not hold the alarm's launches until the
        dead-man fires."""
        self.operator("s3").delete_object(Bucket=BUCKET, Key="dist/ansible/master.yml")
        before = set(self.runner.instances)
        self.phase = "failed bootstrap: "
        self.milestone("alarm")
        self.invoke_launcher("failure")
        deadline = time.time() + 120
        master = None
        while time.time() < deadline:
            new = [i for i in self.runner.instances.values() if i.id not in before and i.role == "master"]
            master = new[0] if new else None
            if master is not None and master.ended and not self.runner.live():
                break
            time.sleep(1)
        if master is None or not master.ended or self.runner.live():
            raise Failure(f"failed bootstrap: the master did not go away ({self.runner.live()})")
        self.runner.failures.clear()  # this user data was meant to fail
        run_id = master.tags["chart-coder:run"]
        s3 = self.operator("s3")
        events = []
        for item in s3.list_objects_v2(Bucket=BUCKET, Prefix=f"runs/{run_id}/lifecycle/").get("Contents", []):
            events.append(json.loads(s3.get_object(Bucket=BUCKET, Key=item["Key"])["Body"].read()))
        failed = [e for e in events if e.get("event") == "master.bootstrap-failed"]
        if not failed:
            raise Failure(f"failed bootstrap: no master.bootstrap-failed in the run record ({[e.get('event') for e in events]})")
        self.milestone("master gone, failure recorded")
        self.report["bootstrapFailureRecorded"] = failed[0].get("step")
        log(f"failed bootstrap: recorded ({failed[0].get('step')}), master {master.id} powered itself off")

    def check_run(self, master, label, coded, expected):
        problems = []
        if self.proxy.denied:
            first = self.proxy.denied[0]
            problems.append(f"denied: {first['role']} {first['action']} on {first['resource']}")
        if coded != expected:
            problems.append(f"{coded} of {expected} charts coded")
        if not master.ended:
            problems.append(f"master {master.id} still running")
        if self.runner.live():
            problems.append(f"instances left running: {self.runner.live()}")
        if problems:
            # where the charts went: still queued, dead-lettered, or taken by a worker that failed them
            problems.append(f"work queue {self.work_queue_depth()}, dead-letter queue {self.work_queue_depth('work-dlq')}")
            for instance in self.runner.instances.values():
                names = ["var/log/chart-coder-bootstrap.log", "var/log/chart-coder/master.log"]
                if os.path.isdir(instance.root):
                    names += sorted(name for name in os.listdir(instance.root) if name.endswith(".service.log"))
                for name in names:
                    path = os.path.join(instance.root, name)
                    if os.path.exists(path):
                        log(f"--- {instance.role} {instance.id} {name}:\n{tail(path, 25)}")
            raise Failure(f"{label} run: " + "; ".join(problems))
        log(f"{label} run: {coded}/{expected} charts coded, master {master.id} terminated itself, zero instances left")

    def write_report(self):
        self.report["diskUsedAtEndBytes"] = sum(os.path.getsize(os.path.join(directory, name))
                                                for directory, _, names in os.walk(self.out) for name in names)
        log(f"disk: {self.report['diskUsedAtEndBytes'] / 1e6:.0f} MB under {self.out} at the end")
        path = os.path.join(self.out, "report.json")
        with open(path, "w") as f:
            json.dump(self.report, f, indent=2)
        log(f"report: {path}")


def without_dropped_action(role, document):
    """REHEARSAL_DROP=ROLE:ACTION (e.g. chart-coder-worker:s3:ListBucket) takes one action out of a
    role's provisioned policy: the rehearsal must then fail, naming it."""
    dropped_role, _, action = os.environ.get("REHEARSAL_DROP", "").partition(":")
    if dropped_role != role:
        return document
    log(f"REHEARSAL_DROP: {action} taken out of {role}'s policy")
    return iam_evaluator.without_action(document, action)


def moto_projection(document):
    """The policy moto can evaluate: the same actions without conditions; resources kept for S3 and
    SQS only (moto sees '*' as the resource of every other service). The rehearsal's evaluator
    checks the provisioned document itself, conditions and resources included."""
    statements = []
    for statement in document["Statement"]:
        actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
        scoped = all(a.startswith(MOTO_SCOPES) for a in actions)
        if {"dynamodb:PutItem", "dynamodb:UpdateItem"} & set(actions):
            # moto authorizes a transaction as one action of that name; AWS has no such IAM action
            # and checks each item's action instead, as the evaluator does
            actions = actions + ["dynamodb:TransactWriteItems"]
        statements.append({"Effect": statement["Effect"], "Action": actions,
                           "Resource": statement.get("Resource", "*") if scoped else "*"})
    return {"Version": "2012-10-17", "Statement": statements}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--moto-port", type=int, required=True)
    parser.add_argument("--ansible-dir", required=True)
    parser.add_argument("--jar", required=True)
    parser.add_argument("--lambda-zip", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=float, default=420)
    args = parser.parse_args()
    rehearsal = Rehearsal(args)
    try:
        rehearsal.main()
    except Failure as e:
        log(f"FAILED: {e}")
        return 1
    except Exception:
        traceback.print_exc()
        log("FAILED: the rehearsal itself broke")
        return 1
    finally:
        if rehearsal.proxy.denied:
            for call in rehearsal.proxy.denied:
                log(f"denied call: role {call['role']} action {call['action']} resource {call['resource']}")
    report = rehearsal.report
    if rehearsal.proxy.denied or report["instancesRunningAtEnd"] or not report["secondRunCoded"] \
            or not report["secondRunInPlace"] or not report.get("strandedWorkCoded"):
        log("FAILED: see the report")
        return 1
    log("PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())

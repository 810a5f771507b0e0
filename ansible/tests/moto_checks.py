#!/usr/bin/env python3
"""Checks of the chart-coder Ansible playbooks against moto, through the AWS APIs (boto3).

Each subcommand exits 0 when its check holds and prints why it does not otherwise.
Endpoint: MOTO_ENDPOINT_URL (moto -s, self-signed certificate).
"""
import base64
import json
import os
import re
import subprocess
import sys
import time
import warnings

import boto3

warnings.filterwarnings("ignore")  # moto's self-signed certificate
ENDPOINT = os.environ["MOTO_ENDPOINT_URL"]
REGION = "us-east-1"
PREFIX = os.environ.get("CHART_CODER_NAME", "chart-coder")
ACCOUNT = "123456789012"
BUCKET = f"{PREFIX}-data-{ACCOUNT}-{REGION}"


def client(service):
    return boto3.client(service, endpoint_url=ENDPOINT, region_name=REGION, verify=False,
                        aws_access_key_id="testing", aws_secret_access_key="testing")


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def queue_url(name):
    return client("sqs").get_queue_url(QueueName=name)["QueueUrl"]


def queue_attributes(name):
    sqs = client("sqs")
    return sqs.get_queue_attributes(QueueUrl=queue_url(name), AttributeNames=["All"])["Attributes"]


def kms_key_arn():
    aliases = client("kms").list_aliases()["Aliases"]
    key_id = next(a["TargetKeyId"] for a in aliases if a["AliasName"] == f"alias/{PREFIX}")
    return client("kms").describe_key(KeyId=key_id)["KeyMetadata"]["Arn"]


def check_queues():
    work = queue_attributes(f"{PREFIX}-work")
    dlq = queue_attributes(f"{PREFIX}-work-dlq")
    redrive = json.loads(work["RedrivePolicy"])
    expect(int(redrive["maxReceiveCount"]) == 3, f"work queue maxReceiveCount {redrive}")
    expect(redrive["deadLetterTargetArn"] == dlq["QueueArn"], "work queue does not redrive to its DLQ")
    expect(work.get("KmsMasterKeyId") == f"alias/{PREFIX}", f"work queue not KMS-encrypted: {work.get('KmsMasterKeyId')}")
    alarm = queue_attributes(f"{PREFIX}-alarm")
    alarm_dlq = queue_attributes(f"{PREFIX}-alarm-dlq")
    expect(json.loads(alarm["RedrivePolicy"])["deadLetterTargetArn"] == alarm_dlq["QueueArn"],
           "alarm queue does not redrive to its DLQ")
    statements = json.loads(alarm["Policy"])["Statement"]
    expect(any(s.get("Principal") == {"Service": "sns.amazonaws.com"} for s in statements),
           "alarm queue policy does not let SNS deliver")


def check_topic_and_alarm():
    sns = client("sns")
    topic = next(t["TopicArn"] for t in sns.list_topics()["Topics"] if t["TopicArn"].endswith(f":{PREFIX}-alarm"))
    subscriptions = sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]
    protocols = sorted(s["Protocol"] for s in subscriptions)
    alarm_queue_arn = queue_attributes(f"{PREFIX}-alarm")["QueueArn"]
    expect(any(s["Protocol"] == "sqs" and s["Endpoint"] == alarm_queue_arn for s in subscriptions),
           f"alarm queue not subscribed: {subscriptions}")
    expect(protocols == ["lambda", "sqs"], f"topic subscriptions {protocols}")
    alarm = client("cloudwatch").describe_alarms(AlarmNames=[f"{PREFIX}-backlog"])["MetricAlarms"]
    expect(len(alarm) == 1, "backlog alarm missing")
    alarm = alarm[0]
    expect(alarm["MetricName"] == "ApproximateNumberOfMessagesVisible" and alarm["Namespace"] == "AWS/SQS",
           f"alarm metric {alarm['Namespace']}/{alarm['MetricName']}")
    expect(alarm["Dimensions"] == [{"Name": "QueueName", "Value": f"{PREFIX}-work"}], f"alarm dimensions {alarm['Dimensions']}")
    expect(alarm["AlarmActions"] == [topic] and alarm["OKActions"] == [topic], "alarm/OK actions are not the topic")


def check_bucket():
    s3 = client("s3")
    rule = s3.get_bucket_encryption(Bucket=BUCKET)["ServerSideEncryptionConfiguration"]["Rules"][0]
    default = rule["ApplyServerSideEncryptionByDefault"]
    expect(default["SSEAlgorithm"] == "aws:kms", f"bucket default encryption {default}")
    expect(default["KMSMasterKeyID"] == kms_key_arn(), "bucket encrypts with another key")
    block = s3.get_public_access_block(Bucket=BUCKET)["PublicAccessBlockConfiguration"]
    expect(all(block.values()) and len(block) == 4, f"public access not fully blocked: {block}")
    for key in ("dist/ansible/master.yml", "dist/ansible/roles/fleet/tasks/poll.yml", "dist/chart-coder.jar",
                "dist/ansible/inventories/aws/group_vars/all/provisioned.yml"):
        head = s3.head_object(Bucket=BUCKET, Key=key)
        expect(head.get("ServerSideEncryption") == "aws:kms", f"{key} not SSE-KMS: {head.get('ServerSideEncryption')}")
    listed = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET, Prefix="dist/ansible/tests/").get("Contents", [])]
    expect(not listed, f"tests uploaded to the distribution: {listed}")
    deployment = s3.get_object(Bucket=BUCKET, Key="dist/ansible/inventories/aws/group_vars/all/provisioned.yml")["Body"].read().decode()
    expect(f"data_bucket_name: {BUCKET}" in deployment and f"/{PREFIX}-work" in deployment, f"provisioned.yml: {deployment}")


def check_bucket_policy(path):
    """The rendered bucket policy (moto cannot evaluate its conditions, so it is checked as text)."""
    policy = json.load(open(path))
    by_sid = {s["Sid"]: s for s in policy["Statement"]}
    tls = by_sid["DenyInsecureTransport"]
    expect(tls["Effect"] == "Deny" and tls["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}, f"TLS statement {tls}")
    expect(f"arn:aws:s3:::{BUCKET}/*" in tls["Resource"] and f"arn:aws:s3:::{BUCKET}" in tls["Resource"], "TLS statement resources")
    kms = by_sid["DenyPutsWithoutKms"]
    expect(kms["Effect"] == "Deny" and kms["Action"] == "s3:PutObject"
           and kms["Condition"]["StringNotEqualsIfExists"]["s3:x-amz-server-side-encryption"] == "aws:kms", f"KMS statement {kms}")
    expect(len(by_sid) == 2, f"statements {sorted(by_sid)}")


def role_policy(role):
    iam = client("iam")
    name = iam.list_role_policies(RoleName=role)["PolicyNames"]
    expect(name == [f"{role}-least-privilege"], f"{role} inline policies {name}")
    document = iam.get_role_policy(RoleName=role, PolicyName=name[0])["PolicyDocument"]
    return document if isinstance(document, dict) else json.loads(document)


def actions(policy):
    found = set()
    for statement in policy["Statement"]:
        expect(statement["Effect"] == "Allow", "unexpected effect")
        listed = statement["Action"]
        found.update([listed] if isinstance(listed, str) else listed)
    return found


def check_iam():
    iam = client("iam")
    for role in (f"{PREFIX}-master", f"{PREFIX}-worker", f"{PREFIX}-api"):
        profiles = iam.list_instance_profiles_for_role(RoleName=role)["InstanceProfiles"]
        expect([p["InstanceProfileName"] for p in profiles] == [role], f"{role} instance profile {profiles}")
    master = role_policy(f"{PREFIX}-master")
    expect({"ec2:RunInstances", "ec2:TerminateInstances", "ec2:CreateTags", "ec2:DescribeInstances",
            "iam:PassRole", "sqs:GetQueueAttributes", "s3:PutObject"} <= actions(master), f"master actions {actions(master)}")
    for statement in master["Statement"]:
        if "ec2:TerminateInstances" in statement["Action"]:
            condition = statement["Condition"]["StringEquals"]
            expect(condition.get("ec2:ResourceTag/chart-coder:role") == "worker"
                   or condition.get("aws:ARN") == "${ec2:SourceInstanceARN}",
                   "master may terminate instances other than workers and itself")
        if statement["Action"] == "iam:PassRole":
            expect(statement["Resource"].endswith(f":role/{PREFIX}-worker"), "master passes a role other than the worker's")
        expect(statement["Action"] not in ("*", "ec2:*", "s3:*", "sqs:*"), f"wildcard action {statement['Action']}")
    worker = role_policy(f"{PREFIX}-worker")
    expect(actions(worker) == {"sqs:ListQueues", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility",
                               "sqs:GetQueueUrl", "sqs:GetQueueAttributes", "s3:GetObject", "s3:ListBucket", "s3:PutObject",
                               "kms:Decrypt", "kms:GenerateDataKey", "dynamodb:DescribeTable", "dynamodb:GetItem",
                               "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"},
           f"worker actions {actions(worker)}")
    index = next(s for s in worker["Statement"] if "dynamodb:PutItem" in s["Action"])
    expect(index["Resource"].endswith(f":table/{PREFIX}-index"), f"worker writes index {index['Resource']}")
    puts = next(s for s in worker["Statement"] if s["Action"] == "s3:PutObject")
    expect(sorted(puts["Resource"]) == [f"arn:aws:s3:::{BUCKET}/deadletters/*", f"arn:aws:s3:::{BUCKET}/errors/*",
                                        f"arn:aws:s3:::{BUCKET}/results/*"],
           f"worker writes {puts['Resource']}")
    api = role_policy(f"{PREFIX}-api")
    expect("sqs:SendMessage" in actions(api) and "sqs:ReceiveMessage" not in actions(api)
           and "ec2:RunInstances" not in actions(api), f"api actions {actions(api)}")
    launcher = role_policy(f"{PREFIX}-launcher")
    ends = [s for s in launcher["Statement"] if s["Action"] == "ec2:TerminateInstances"]
    expect(len(ends) == 1 and ends[0]["Condition"] == {"StringEquals": {"ec2:ResourceTag/chart-coder:role": ["master", "worker"]}},
           f"launcher terminates instances other than chart-coder's masters and workers: {ends}")
    depth = next(s for s in launcher["Statement"] if s["Sid"] == "ReadTheWorkQueueDepth")
    expect(depth["Resource"].endswith(f":{PREFIX}-work"), f"launcher reads the depth of {depth['Resource']}")
    passes = next(s for s in launcher["Statement"] if s["Action"] == "iam:PassRole")
    expect(passes["Resource"].endswith(f":role/{PREFIX}-master"), "launcher passes a role other than the master's")


def check_lambda():
    function = client("lambda").get_function(FunctionName=f"{PREFIX}-launch-master")["Configuration"]
    expect(function["Handler"] == "org.chartcoder.lifecycle.LaunchMasterHandler::handleRequest", function["Handler"])
    expect(function["Runtime"] == "java17", function["Runtime"])
    expect(function["Role"].endswith(f":role/{PREFIX}-launcher"), function["Role"])
    env = function["Environment"]["Variables"]
    expect(env.get("CHARTCODER_LIFECYCLE_ARTIFACTS_URI") == f"s3://{BUCKET}/dist"
           and env.get("CHARTCODER_LIFECYCLE_MASTER_INSTANCE_PROFILE") == f"{PREFIX}-master", f"launcher environment {env}")
    # one invocation at a time: an alarm and a scheduled check arriving together run one after the other
    concurrency = client("lambda").get_function_concurrency(FunctionName=f"{PREFIX}-launch-master")
    expect(concurrency.get("ReservedConcurrentExecutions") == 1, f"launcher reserved concurrency {concurrency}")
    # the reconcile check: an EventBridge schedule whose one target is this same function
    events = client("events")
    rule = events.describe_rule(Name=f"{PREFIX}-reconcile")
    expect(rule["State"] == "ENABLED" and rule.get("ScheduleExpression", "").startswith("rate("), f"reconcile rule {rule}")
    targets = events.list_targets_by_rule(Rule=f"{PREFIX}-reconcile")["Targets"]
    expect([t["Arn"] for t in targets] == [function["FunctionArn"]], f"reconcile rule targets {targets}")
    policy = json.loads(client("lambda").get_policy(FunctionName=f"{PREFIX}-launch-master")["Policy"])
    invokers = [s for s in policy["Statement"] if s["Principal"] == {"Service": "events.amazonaws.com"}]
    expect(len(invokers) == 1 and invokers[0]["Condition"]["ArnLike"]["AWS:SourceArn"] == rule["Arn"],
           f"the schedule may not invoke the launcher: {policy['Statement']}")


def check_query_api(routes_file):
    """The query function with its own role and environment, and its HTTP API: a payload-2.0 proxy
    integration to it, the routes of the routes file exactly, a throttled, access-logged stage."""
    function = client("lambda").get_function(FunctionName=f"{PREFIX}-query-api")["Configuration"]
    expect(function["Handler"] == "org.chartcoder.lifecycle.QueryApiHandler::handleRequest", function["Handler"])
    expect(function["Role"].endswith(f":role/{PREFIX}-query-api"), function["Role"])
    env = function["Environment"]["Variables"]
    parameter = f"/{PREFIX}/query-api-token"
    expect(env.get("CHARTCODER_BUCKET") == BUCKET and env.get("CHARTCODER_API_TOKENPARAMETER") == parameter
           and "CHARTCODER_API_TOKEN" not in env, f"query API environment names {sorted(env)}")
    # the token: a SecureString under the data key, readable by the function's role and nothing wider
    stored = client("ssm").describe_parameters(ParameterFilters=[{"Key": "Name", "Values": [parameter]}])["Parameters"]
    expect(len(stored) == 1 and stored[0]["Type"] == "SecureString" and stored[0].get("KeyId") == kms_key_arn(),
           f"token parameter {stored}")
    query = role_policy(f"{PREFIX}-query-api")
    reads = [s for s in query["Statement"] if "ssm:GetParameter" in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])]
    expect([s["Resource"] for s in reads] == [f"arn:aws:ssm:{REGION}:{ACCOUNT}:parameter{parameter}"],
           f"ssm:GetParameter on {[s['Resource'] for s in reads]}")
    expect(not [a for a in actions(query) if a.startswith(("s3:Put", "s3:Delete", "sqs:", "ec2:", "kms:GenerateDataKey"))],
           f"the query API may write or launch: {actions(query)}")
    gateway = client("apigatewayv2")
    api = next(a for a in gateway.get_apis()["Items"] if a["Name"] == f"{PREFIX}-query-api")
    integration = gateway.get_integrations(ApiId=api["ApiId"])["Items"][0]
    expect(integration["IntegrationUri"].endswith(f":function:{PREFIX}-query-api")
           and integration["PayloadFormatVersion"] == "2.0", f"integration {integration}")
    listed = sorted(line.strip() for line in open(routes_file) if line.strip() and not line.startswith("#"))
    deployed = sorted(r["RouteKey"] for r in gateway.get_routes(ApiId=api["ApiId"])["Items"])
    expect(deployed == listed, f"routes {deployed}, the file lists {listed}")
    stage = gateway.get_stage(ApiId=api["ApiId"], StageName="$default")
    log_format = stage["AccessLogSettings"]["Format"]
    expect(stage["DefaultRouteSettings"]["ThrottlingRateLimit"] > 0, "stage not throttled")
    expect("$context.routeKey" in log_format and "path" not in log_format.lower()
           and "querystring" not in log_format.lower(), f"access log format {log_format}")


def instances(run_id, states=("pending", "running")):
    reservations = client("ec2").describe_instances(Filters=[
        {"Name": "tag:chart-coder:run", "Values": [run_id]},
        {"Name": "instance-state-name", "Values": list(states)}])["Reservations"]
    return [i for r in reservations for i in r["Instances"]]


def wait_instances(run_id, count, timeout):
    deadline = time.time() + float(timeout)
    while time.time() < deadline:
        found = instances(run_id)
        if len(found) == int(count):
            return
        time.sleep(0.5)
    raise AssertionError(f"run {run_id}: {len(instances(run_id))} instances running, expected {count}")


def check_workers(run_id):
    ec2 = client("ec2")
    for instance in instances(run_id):
        tags = {t["Key"]: t["Value"] for t in instance["Tags"]}
        expect(tags.get("chart-coder:role") == "worker" and tags.get("chart-coder:run") == run_id, f"tags {tags}")
        expect(instance["MetadataOptions"]["HttpTokens"] == "required", "IMDSv2 not required")
        behaviour = ec2.describe_instance_attribute(InstanceId=instance["InstanceId"],
                                                    Attribute="instanceInitiatedShutdownBehavior")
        expect(behaviour["InstanceInitiatedShutdownBehavior"]["Value"] == "terminate", f"shutdown behaviour {behaviour}")
        # moto 5.2 attaches the instance profile to the first instance of a RunInstances call only.
        if instance["AmiLaunchIndex"] == 0:
            profile = instance.get("IamInstanceProfile", {}).get("Arn", "")
            expect(profile.endswith(f"instance-profile/{PREFIX}-worker"), f"instance profile {profile!r}")


def check_user_data(run_id, directory):
    """The workers' user-data: valid bash that runs worker.yml with vars naming this deployment."""
    ec2 = client("ec2")
    instance = instances(run_id)[0]["InstanceId"]
    encoded = ec2.describe_instance_attribute(InstanceId=instance, Attribute="userData")["UserData"]["Value"]
    script = base64.b64decode(encoded).decode()
    path = os.path.join(directory, "worker-user-data.sh")
    with open(path, "w") as out:
        out.write(script)
    syntax = subprocess.run(["bash", "-n", path], capture_output=True, text=True)
    expect(syntax.returncode == 0, f"user-data is not valid bash: {syntax.stderr}")
    expect("/opt/chart-coder/dist/ansible/worker.yml" in script, "user-data does not run worker.yml")
    worker_vars = json.loads(script.split("<<'JSON'\n", 1)[1].split("\nJSON\n", 1)[0])
    expect(worker_vars["run_id"] == run_id and worker_vars["work_queue_name"] == f"{PREFIX}-work"
           and worker_vars["data_bucket_name"] == BUCKET and worker_vars["kms_key_id"].endswith(f":alias/{PREFIX}"),
           f"worker vars {worker_vars}")


def send(count):
    sqs = client("sqs")
    url = queue_url(f"{PREFIX}-work")
    for n in range(int(count)):
        body = {"batchId": "moto", "chartId": f"c{n}", "s3Key": f"charts/moto/c{n}.txt", "sha256": "0" * 64}
        sqs.send_message(QueueUrl=url, MessageBody=json.dumps(body))


def consume(count):
    """Does what a worker does with a job: receive it, then delete it."""
    sqs = client("sqs")
    url = queue_url(f"{PREFIX}-work")
    done = 0
    while done < int(count):
        batch = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=min(10, int(count) - done)).get("Messages", [])
        expect(batch, f"queue empty after {done} jobs")
        for message in batch:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
        done += len(batch)


def take(count, held_file):
    """What a busy worker holds: jobs received (in flight, hidden 10 minutes), not deleted yet."""
    sqs = client("sqs")
    url = queue_url(f"{PREFIX}-work")
    receipts = []
    while len(receipts) < int(count):
        batch = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=min(10, int(count) - len(receipts)),
                                    VisibilityTimeout=600).get("Messages", [])
        expect(batch, f"queue empty after {len(receipts)} jobs")
        receipts += [message["ReceiptHandle"] for message in batch]
    with open(held_file, "w") as f:
        json.dump(receipts, f)


def finish(held_file):
    """The busy worker finishes: deletes the jobs it held."""
    sqs = client("sqs")
    url = queue_url(f"{PREFIX}-work")
    with open(held_file) as f:
        for receipt in json.load(f):
            sqs.delete_message(QueueUrl=url, ReceiptHandle=receipt)


def terminate_one(run_id):
    """A worker of the run ends (as one does by itself on its idle limit)."""
    found = instances(run_id)
    expect(found, f"run {run_id}: no worker to end")
    client("ec2").terminate_instances(InstanceIds=[found[0]["InstanceId"]])


def wait_log(path, pattern, count, timeout):
    """Until the log has at least count lines matching the regular expression."""
    deadline = time.time() + float(timeout)
    while time.time() < deadline:
        with open(path) as f:
            if sum(1 for line in f if re.search(pattern, line)) >= int(count):
                return
        time.sleep(0.5)
    raise AssertionError(f"fewer than {count} lines matching {pattern} in {path}")


def delete_work_queue():
    client("sqs").delete_queue(QueueUrl=queue_url(f"{PREFIX}-work"))


def launch(run_id, role):
    client("ec2").run_instances(ImageId="ami-1e749f67", InstanceType="t3.micro", MinCount=1, MaxCount=1,
                                TagSpecifications=[{"ResourceType": "instance", "Tags": [
                                    {"Key": "chart-coder:run", "Value": run_id},
                                    {"Key": "chart-coder:role", "Value": role}]}])


def spot_template():
    return client("ec2").describe_launch_templates(LaunchTemplateNames=[f"{PREFIX}-worker-spot"])["LaunchTemplates"][0]


def check_spot_template():
    template = spot_template()
    data = client("ec2").describe_launch_template_versions(LaunchTemplateId=template["LaunchTemplateId"])[
        "LaunchTemplateVersions"][0]["LaunchTemplateData"]
    market = data.get("InstanceMarketOptions", {})
    expect(market.get("MarketType") == "spot"
           and market.get("SpotOptions", {}).get("InstanceInterruptionBehavior") == "terminate", f"Spot template {data}")


def check_market(run_id, market):
    """Spot workers are launched from the Spot template (moto tags them with it), on-demand ones not."""
    template_id = spot_template()["LaunchTemplateId"]
    found = instances(run_id)
    expect(found, f"run {run_id}: no worker")
    for instance in found:
        from_template = {t["Key"]: t["Value"] for t in instance["Tags"]}.get("aws:ec2launchtemplate:id") == template_id
        expect(from_template == (market == "spot"), f"{instance['InstanceId']}: from the Spot template {from_template}, wanted {market}")


def check_none(run_id):
    alive = instances(run_id, ("pending", "running", "stopping", "stopped"))
    expect(not alive, f"run {run_id}: still alive {[i['InstanceId'] for i in alive]}")


def check_count(run_id, count):
    expect(len(instances(run_id)) == int(count), f"run {run_id}: {len(instances(run_id))} running, expected {count}")


def check_decommissioned():
    names = [u.rsplit("/", 1)[-1] for u in client("sqs").list_queues().get("QueueUrls", [])]
    expect(not [n for n in names if n.startswith(PREFIX)], f"queues left {names}")
    expect(not [t for t in client("sns").list_topics()["Topics"] if t["TopicArn"].endswith(f":{PREFIX}-alarm")], "topic left")
    expect(not client("cloudwatch").describe_alarms(AlarmNames=[f"{PREFIX}-backlog"])["MetricAlarms"], "alarm left")
    roles = [r["RoleName"] for r in client("iam").list_roles()["Roles"]]
    expect(not [r for r in roles if r.startswith(PREFIX)], f"roles left {roles}")
    functions = [f["FunctionName"] for f in client("lambda").list_functions()["Functions"]]
    expect(f"{PREFIX}-launch-master" not in functions and f"{PREFIX}-query-api" not in functions, f"functions left {functions}")
    expect(not [a for a in client("apigatewayv2").get_apis()["Items"] if a["Name"] == f"{PREFIX}-query-api"], "HTTP API left")
    rules = [r["Name"] for r in client("events").list_rules(NamePrefix=PREFIX)["Rules"]]
    expect(not rules, f"schedule rules left {rules}")
    expect(not client("ssm").describe_parameters(ParameterFilters=[{"Key": "Name", "Values": [f"/{PREFIX}/query-api-token"]}])
           ["Parameters"], "token parameter left")
    templates = client("ec2").describe_launch_templates(Filters=[{"Name": "launch-template-name",
                                                                 "Values": [f"{PREFIX}-worker-spot"]}])["LaunchTemplates"]
    expect(not templates, "Spot launch template left")
    client("s3").head_bucket(Bucket=BUCKET)  # data stays unless decommission_delete_data


COMMANDS = {
    "queues": check_queues, "topic-and-alarm": check_topic_and_alarm, "bucket": check_bucket,
    "bucket-policy": check_bucket_policy, "iam": check_iam, "lambda": check_lambda, "query-api": check_query_api,
    "wait-instances": wait_instances, "workers": check_workers, "user-data": check_user_data, "send": send, "consume": consume,
    "spot-template": check_spot_template, "market": check_market, "take": take, "finish": finish, "terminate-one": terminate_one, "wait-log": wait_log,
    "launch": launch, "delete-work-queue": delete_work_queue, "none": check_none, "count": check_count, "decommissioned": check_decommissioned,
}

if __name__ == "__main__":
    try:
        COMMANDS[sys.argv[1]](*sys.argv[2:])
    except AssertionError as failure:
        print(f"  check failed: {failure}", file=sys.stderr)
        sys.exit(1)

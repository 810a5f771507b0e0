"""IAM evaluation of the calls each chart-coder role makes, for the rehearsal (rehearse.sh).

moto 5.2 enforces IAM only coarsely: it matches actions, but it sees the resource of S3 and SQS
requests only (every other service is checked against "*") and it treats any statement with a
Condition as a Deny. So the rehearsal's recording proxy (rehearsal.py) turns every request into the
IAM calls AWS would authorize for it -- the action, each resource ARN and the condition keys AWS
would set, plus the calls AWS makes on the caller's behalf (KMS for SSE-KMS objects and encrypted
queues, s3:ListBucket deciding 404 versus 403, iam:PassRole and ec2:CreateTags for a launch) -- and
evaluates them here against the role's own policy documents as provisioned.

Pure functions only: the unit test (test_iam_evaluator.py) runs them on recorded calls.
"""
import fnmatch
import json
import re
from urllib.parse import parse_qs, unquote, urlsplit

ALLOW, DENY, IMPLICIT = "allow", "explicit-deny", "not-allowed"


# ---------------------------------------------------------------------------------------------
# Policy evaluation

def _as_list(value):
    return value if isinstance(value, list) else [value]


def _wildcard(pattern, value, case_sensitive=True):
    if not case_sensitive:
        pattern, value = pattern.lower(), value.lower()
    return re.fullmatch(fnmatch.translate(pattern), value) is not None


def _substitute(value, context):
    """Policy variables (${ec2:SourceInstanceARN}); None when one is not known for this request."""
    missing = []

    def variable(match):
        key = match.group(1)
        if key not in context:
            missing.append(key)
            return ""
        return str(context[key])
    result = re.sub(r"\$\{([^}]+)\}", variable, value)
    return None if missing else result


def _condition_holds(operator, key, expected, context):
    if_exists = operator.endswith("IfExists")
    base = operator[:-len("IfExists")] if if_exists else operator
    if key not in context:
        # absent key: IfExists and the negated operators hold, the others do not
        return if_exists or base.startswith(("StringNot", "ArnNot"))
    actual = str(context[key])
    values = [_substitute(str(v), context) for v in _as_list(expected)]
    values = [v for v in values if v is not None]
    if base in ("StringEquals", "ArnEquals"):
        return actual in values
    if base == "StringEqualsIgnoreCase":
        return actual.lower() in [v.lower() for v in values]
    if base in ("StringNotEquals", "ArnNotEquals"):
        return actual not in values
    if base in ("StringLike", "ArnLike"):
        return any(_wildcard(v, actual) for v in values)
    if base in ("StringNotLike", "ArnNotLike"):
        return not any(_wildcard(v, actual) for v in values)
    if base == "Bool":
        return actual.lower() in [v.lower() for v in values]
    raise ValueError(f"condition operator {operator} is not supported by the rehearsal's evaluator")


def _statement_matches(statement, action, resource, context):
    if "Action" in statement:
        if not any(_wildcard(a, action, case_sensitive=False) for a in _as_list(statement["Action"])):
            return False
    elif any(_wildcard(a, action, case_sensitive=False) for a in _as_list(statement["NotAction"])):
        return False
    if "Resource" in statement:
        if not any(_wildcard(r, resource) for r in _as_list(statement["Resource"])):
            return False
    elif "NotResource" in statement and any(_wildcard(r, resource) for r in _as_list(statement["NotResource"])):
        return False
    for operator, pairs in statement.get("Condition", {}).items():
        for key, expected in pairs.items():
            if not _condition_holds(operator, key, expected, context):
                return False
    return True


def evaluate(policies, action, resource, context=None):
    """ALLOW, DENY (an explicit Deny matched) or IMPLICIT (no Allow matched) for one call."""
    context = context or {}
    allowed = False
    for policy in policies:
        for statement in _as_list(policy.get("Statement", [])):
            if _statement_matches(statement, action, resource, context):
                if statement.get("Effect") == "Deny":
                    return DENY
                allowed = True
    return ALLOW if allowed else IMPLICIT


def decide(policies, calls):
    """The calls of one request that the policies do not allow (empty: the request may go on)."""
    return [dict(call, decision=decision) for call in calls
            for decision in [evaluate(policies, call["action"], call["resource"], call.get("context"))]
            if decision != ALLOW]


def without_action(document, action):
    """A policy document with one action taken out of every statement (statements left empty go):
    what least privilege is tested against."""
    statements = []
    for statement in _as_list(document.get("Statement", [])):
        actions = [a for a in _as_list(statement["Action"]) if a.lower() != action.lower()]
        if actions:
            statements.append(dict(statement, Action=actions))
    return dict(document, Statement=statements)


# ---------------------------------------------------------------------------------------------
# Requests to IAM calls

class World:
    """What the evaluator must know about the account to name resources like AWS does."""

    def __init__(self, account, region, key_arns=None, aliases=None, profiles=None, bucket_keys=None,
                 queue_keys=None, instance_tags=None, table_keys=None, parameter_keys=None):
        self.account = account
        self.region = region
        self.key_arns = key_arns or {}          # key id -> key ARN
        self.aliases = aliases or {}            # alias/name -> key id
        self.profiles = profiles or {}          # instance profile name -> role ARN
        self.bucket_keys = bucket_keys or {}    # bucket -> default SSE-KMS key id or ARN
        self.queue_keys = queue_keys or {}      # queue name -> KmsMasterKeyId
        self.table_keys = table_keys or {}      # DynamoDB table name -> KMS key ARN (customer managed)
        self.parameter_keys = parameter_keys or {}  # SSM SecureString parameter name -> its KMS key
        self.instance_tags = instance_tags or (lambda instance_id: {})

    def key_arn(self, key):
        if not key:
            return None
        if key.startswith("arn:") and ":alias/" in key:
            key = "alias/" + key.split(":alias/", 1)[1]
        if key.startswith("alias/"):
            key = self.aliases.get(key, key)
        if key.startswith("arn:"):
            return key
        return self.key_arns.get(key, f"arn:aws:kms:{self.region}:{self.account}:key/{key}")

    def ec2_arn(self, kind, name):
        return f"arn:aws:ec2:{self.region}:{'' if kind == 'image' else self.account}:{kind}/{name}"

    def queue_arn(self, name):
        return f"arn:aws:sqs:{self.region}:{self.account}:{name}"

    def table_arn(self, name):
        return f"arn:aws:dynamodb:{self.region}:{self.account}:table/{name}"

    def parameter_arn(self, name):
        """A parameter's ARN: its name without the leading slash of a hierarchy after 'parameter/'."""
        return f"arn:aws:ssm:{self.region}:{self.account}:parameter/{name.lstrip('/')}"


def _call(action, resource, context=None, why=None):
    call = {"action": action, "resource": resource, "context": context or {}}
    if why:
        call["why"] = why
    return call


def credential_of(headers):
    """(access key id, service) from a SigV4 Authorization header, or (None, None)."""
    match = re.search(r"Credential=([^/]+)/[^/]+/[^/]+/([^/]+)/", headers.get("Authorization", ""))
    return (match.group(1), match.group(2)) if match else (None, None)


def query_params(method, path, headers, body):
    params = {k: v[0] for k, v in parse_qs(urlsplit(path).query, keep_blank_values=True).items()}
    if method == "POST" and "x-www-form-urlencoded" in headers.get("Content-Type", ""):
        params.update({k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()})
    return params


def calls_for(world, method, path, headers, body, status=None, caller_instance=None):
    """The IAM calls AWS authorizes for one HTTP request (before it runs: status None), including
    those it makes on the caller's behalf. status is the answer, for the calls that depend on it."""
    _, service = credential_of(headers)
    target = headers.get("X-Amz-Target", "")
    if service == "s3":
        return _s3_calls(world, method, path, headers, status)
    if target:
        operation = target.split(".")[-1]
        payload = json.loads(body or b"{}")
        if service == "sqs":
            return _sqs_calls(world, operation, payload)
        if service == "kms":
            return [_call(f"kms:{operation}", world.key_arn(payload.get("KeyId")) or "*")]
        if service == "dynamodb":
            return _dynamodb_calls(world, operation, payload)
        if service == "ssm":
            return _ssm_calls(world, operation, payload)
        return [_call(f"{service}:{operation}", "*")]
    params = query_params(method, path, headers, body)
    operation = params.get("Action")
    if not operation:
        return [_call(f"{service}:{method} {urlsplit(path).path}", "*")]
    if service == "ec2":
        return _ec2_calls(world, operation, params, caller_instance)
    if service == "sqs":
        return _sqs_calls(world, operation, params)
    if service == "sts" and operation == "GetCallerIdentity":
        return []  # AWS answers it for any valid credentials, whatever the policies say
    return [_call(f"{service}:{operation}", "*")]


def _sqs_calls(world, operation, params):
    url = params.get("QueueUrl", "")
    name = params.get("QueueName") or url.rstrip("/").split("/")[-1]
    if operation == "ListQueues":
        return [_call("sqs:ListQueues", "*")]
    calls = [_call(f"sqs:{operation}", world.queue_arn(name))]
    key = world.queue_keys.get(name)
    if key and operation in ("SendMessage", "SendMessageBatch"):
        calls.append(_call("kms:GenerateDataKey", world.key_arn(key), why=f"{name} is encrypted with SSE-KMS"))
    if key and operation == "ReceiveMessage":
        calls.append(_call("kms:Decrypt", world.key_arn(key), why=f"{name} is encrypted with SSE-KMS"))
    return calls


def _ssm_calls(world, operation, payload):
    """Parameter Store authorizes an action on each named parameter's ARN; reading a SecureString
    with decryption makes SSM call kms:Decrypt with the parameter's key on the caller's behalf, so the
    caller needs that too."""
    names = payload.get("Names") or ([payload["Name"]] if payload.get("Name") else [])
    if not names:
        return [_call(f"ssm:{operation}", "*")]
    calls = [_call(f"ssm:{operation}", world.parameter_arn(name)) for name in names]
    if payload.get("WithDecryption") and operation in ("GetParameter", "GetParameters", "GetParameterHistory"):
        for name in names:
            key = world.parameter_keys.get(name)
            if key:
                calls.append(_call("kms:Decrypt", world.key_arn(key), why=f"parameter {name} is a SecureString"))
    return calls


_TRANSACT_ACTIONS = {"Put": "PutItem", "Update": "UpdateItem", "Delete": "DeleteItem",
                     "ConditionCheck": "ConditionCheckItem", "Get": "GetItem"}


def _dynamodb_calls(world, operation, payload):
    """DynamoDB authorizes a transaction item by item (TransactWriteItems is no IAM action) and a
    batch table by table; reading or writing items of a table under a customer managed key needs
    kms:Decrypt on that key too (DynamoDB decrypts the table key on the caller's behalf)."""
    if operation in ("TransactWriteItems", "TransactGetItems"):
        calls = []
        for item in payload.get("TransactItems", []):
            for kind, request in item.items():
                calls.append(_call(f"dynamodb:{_TRANSACT_ACTIONS[kind]}", world.table_arn(request.get("TableName", ""))))
        tables = {request.get("TableName", "") for item in payload.get("TransactItems", []) for request in item.values()}
    elif operation in ("BatchWriteItem", "BatchGetItem"):
        tables = set(payload.get("RequestItems", {}))
        calls = [_call(f"dynamodb:{operation}", world.table_arn(table)) for table in sorted(tables)]
    elif "TableName" in payload:
        tables = {payload["TableName"]}
        calls = [_call(f"dynamodb:{operation}", world.table_arn(payload["TableName"]))]
    else:
        return [_call(f"dynamodb:{operation}", "*")]
    if operation not in ("DescribeTable", "CreateTable", "DeleteTable", "UpdateTable"):
        for table in sorted(tables):
            key = world.table_keys.get(table)
            if key:
                calls.append(_call("kms:Decrypt", world.key_arn(key), why=f"table {table} is encrypted with SSE-KMS"))
    return calls


def _ec2_indexed(params, prefix):
    return [v for k, v in sorted(params.items()) if re.fullmatch(re.escape(prefix) + r"\.\d+", k)]


def _ec2_calls(world, operation, params, caller_instance):
    if operation.startswith("Describe"):
        return [_call(f"ec2:{operation}", "*")]
    if operation == "RunInstances":
        tags = {}
        for n in range(1, 10):
            kind = params.get(f"TagSpecification.{n}.ResourceType")
            if not kind:
                break
            tags[kind] = {params[f"TagSpecification.{n}.Tag.{m}.Key"]: params.get(f"TagSpecification.{n}.Tag.{m}.Value", "")
                          for m in range(1, 50) if f"TagSpecification.{n}.Tag.{m}.Key" in params}

        def request_tags(kind):
            return {f"aws:RequestTag/{k}": v for k, v in tags.get(kind, {}).items()}
        subnet = params.get("SubnetId") or "default"
        groups = _ec2_indexed(params, "SecurityGroupId") or ["default"]
        calls = [_call("ec2:RunInstances", world.ec2_arn("instance", "*"), request_tags("instance")),
                 _call("ec2:RunInstances", world.ec2_arn("image", params.get("ImageId", "*"))),
                 _call("ec2:RunInstances", world.ec2_arn("subnet", subnet)),
                 _call("ec2:RunInstances", world.ec2_arn("network-interface", "*")),
                 _call("ec2:RunInstances", world.ec2_arn("volume", "*"), request_tags("volume"))]
        calls += [_call("ec2:RunInstances", world.ec2_arn("security-group", group)) for group in groups]
        for kind in tags:
            calls.append(_call("ec2:CreateTags", world.ec2_arn(kind, "*"), {"ec2:CreateAction": "RunInstances"},
                               why="tags given at launch"))
        profile = params.get("IamInstanceProfile.Arn") or params.get("IamInstanceProfile.Name")
        if profile:
            name = profile.split("instance-profile/")[-1]
            role = world.profiles.get(name, f"arn:aws:iam::{world.account}:role/{name}")
            calls.append(_call("iam:PassRole", role, {"iam:PassedToService": "ec2.amazonaws.com"},
                               why=f"instance profile {name}"))
        return calls
    ids = _ec2_indexed(params, "InstanceId") or _ec2_indexed(params, "ResourceId")
    calls = []
    for instance_id in ids:
        arn = world.ec2_arn("instance", instance_id)
        context = {f"ec2:ResourceTag/{k}": v for k, v in world.instance_tags(instance_id).items()}
        context["aws:ARN"] = arn
        if caller_instance:
            context["ec2:SourceInstanceARN"] = world.ec2_arn("instance", caller_instance)
        calls.append(_call(f"ec2:{operation}", arn, context))
    return calls or [_call(f"ec2:{operation}", "*")]


def _s3_calls(world, method, path, headers, status):
    parts = urlsplit(path)
    query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    bucket, _, key = unquote(parts.path).lstrip("/").partition("/")
    bucket_arn = f"arn:aws:s3:::{bucket}"
    if not bucket:
        return [_call("s3:ListAllMyBuckets", "*")]
    if not key:
        if method in ("GET", "HEAD") and not (set(query) - {"list-type", "prefix", "delimiter", "continuation-token",
                                                              "max-keys", "encoding-type", "start-after", "fetch-owner"}):
            context = {"s3:prefix": query["prefix"]} if "prefix" in query else {}
            return [_call("s3:ListBucket", bucket_arn, context)]
        if method == "POST" and "delete" in query:
            return [_call("s3:DeleteObject", f"{bucket_arn}/*")]
        return [_call(f"s3:{method}Bucket?{'&'.join(sorted(query))}", bucket_arn)]
    object_arn = f"{bucket_arn}/{key}"
    bucket_key = world.key_arn(world.bucket_keys.get(bucket))
    if method in ("GET", "HEAD"):
        calls = [_call("s3:GetObject", object_arn)]
        if status == 404:
            calls.append(_call("s3:ListBucket", bucket_arn, why="without it S3 answers 403, not 404, for a missing key"))
        if method == "GET" and status in (200, 206) and bucket_key:
            calls.append(_call("kms:Decrypt", bucket_key, why="the object is encrypted with SSE-KMS"))
        return calls
    if method in ("PUT", "POST"):
        calls = [_call("s3:PutObject", object_arn)]
        if "x-amz-copy-source" in {h.lower() for h in headers}:
            source = unquote(headers.get("x-amz-copy-source", "")).lstrip("/")
            calls.append(_call("s3:GetObject", f"arn:aws:s3:::{source}"))
        key_id = headers.get("x-amz-server-side-encryption-aws-kms-key-id")
        kms = world.key_arn(key_id) if key_id else bucket_key
        if kms and "uploadId" not in query:
            calls.append(_call("kms:GenerateDataKey", kms, why="the object is encrypted with SSE-KMS"))
        return calls
    if method == "DELETE":
        return [_call("s3:DeleteObject", object_arn)]
    return [_call(f"s3:{method}Object", object_arn)]

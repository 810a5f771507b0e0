"""Least privilege, both ways: each role's provisioned policy allows every call the role made in the
rehearsal, and removing any single action from it makes the evaluator deny a call naming that
action. Runs on a rehearsal's record (REHEARSAL_DIR=target/rehearsal, as rehearse.sh does after a
passing run), else on the committed record of a passing rehearsal (fixtures/rehearsal-record.json).

    python3 -m unittest ansible/tests/test_iam_evaluator.py
"""
import json
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import iam_evaluator  # noqa: E402

FIXTURE = os.path.join(HERE, "fixtures", "rehearsal-record.json")


def load_record():
    """{role: {"policies": [...], "calls": [allowed calls]}} from a rehearsal directory or the fixture."""
    directory = os.environ.get("REHEARSAL_DIR")
    calls_file = os.path.join(directory, "calls.jsonl") if directory else None
    if not calls_file:
        with open(FIXTURE) as f:
            return json.load(f)
    record = {}
    for name in os.listdir(os.path.join(directory, "policies")):
        with open(os.path.join(directory, "policies", name)) as f:
            record[name[:-len(".json")]] = {"policies": json.load(f), "calls": []}
    seen = set()
    with open(calls_file) as f:
        for line in f:
            call = json.loads(line)
            key = (call["role"], call["action"], call["resource"], json.dumps(call.get("context", {}), sort_keys=True))
            if call["decision"] == "allow" and call["status"] != 403 and key not in seen:
                seen.add(key)
                record[call["role"]]["calls"].append({k: call[k] for k in ("action", "resource", "context")})
    return record


class LeastPrivilegeTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.record = load_record()

    def test_every_role_made_calls(self):
        for role in ("chart-coder-launcher", "chart-coder-master", "chart-coder-worker", "chart-coder-api",
                     "chart-coder-query-api"):
            self.assertTrue(self.record[role]["calls"], f"{role} made no call in the rehearsal")

    def test_each_policy_allows_every_call_its_role_made(self):
        for role, entry in self.record.items():
            refused = iam_evaluator.decide(entry["policies"], entry["calls"])
            self.assertEqual([], refused, f"{role}")

    def test_removing_any_action_that_was_used_denies_a_call_naming_it(self):
        checked = 0
        for role, entry in self.record.items():
            for action in sorted({call["action"] for call in entry["calls"]}):
                refused = iam_evaluator.decide([iam_evaluator.without_action(p, action) for p in entry["policies"]], entry["calls"])
                self.assertTrue(refused, f"{role} without {action}: every call still allowed")
                self.assertIn(action, {call["action"] for call in refused}, f"{role} without {action}")
                checked += 1
        self.assertGreaterEqual(checked, 4)

    def test_conditions_and_resources_are_evaluated(self):
        worker_launch = {"action": "ec2:RunInstances", "resource": "arn:aws:ec2:us-east-1:123456789012:instance/*",
                         "context": {"aws:RequestTag/chart-coder:role": "worker"}}
        master_launch = dict(worker_launch, context={"aws:RequestTag/chart-coder:role": "master"})
        master = self.record["chart-coder-master"]["policies"]
        self.assertEqual(iam_evaluator.ALLOW, iam_evaluator.evaluate(master, **worker_launch))
        self.assertEqual(iam_evaluator.IMPLICIT, iam_evaluator.evaluate(master, **master_launch),
                         "the master may launch workers only")
        own = "arn:aws:ec2:us-east-1:123456789012:instance/i-self"
        terminate_self = {"action": "ec2:TerminateInstances", "resource": own,
                          "context": {"aws:ARN": own, "ec2:SourceInstanceARN": own,
                                      "ec2:ResourceTag/chart-coder:role": "master"}}
        other = dict(terminate_self, context=dict(terminate_self["context"],
                                                  **{"ec2:SourceInstanceARN": own.replace("self", "other")}))
        self.assertEqual(iam_evaluator.ALLOW, iam_evaluator.evaluate(master, **terminate_self))
        self.assertEqual(iam_evaluator.IMPLICIT, iam_evaluator.evaluate(master, **other),
                         "a master may terminate itself, not another master")
        worker = self.record["chart-coder-worker"]["policies"]
        bucket = next(c["resource"] for c in self.record["chart-coder-worker"]["calls"] if c["action"] == "s3:GetObject")
        bucket = bucket.split("/")[0]
        self.assertEqual(iam_evaluator.IMPLICIT, iam_evaluator.evaluate(worker, "s3:PutObject", bucket + "/charts/x.txt"),
                         "workers do not write charts")


    def test_a_missing_result_needs_list_bucket_without_a_prefix_condition(self):
        """S3 answers 403, not 404, to a HEAD of a missing key unless the caller may list the bucket:
        a ListBucket limited by s3:prefix does not count (the HEAD carries no prefix)."""
        world = iam_evaluator.World("123456789012", "us-east-1")
        headers = {"Authorization": "AWS4-HMAC-SHA256 Credential=AKIA/20261201/us-east-1/s3/aws4_request, "
                                    "SignedHeaders=host, Signature=0"}
        calls = iam_evaluator.calls_for(world, "HEAD", "/b/results/batch/chart-1.json", headers, b"", status=404)
        self.assertEqual(["s3:GetObject", "s3:ListBucket"], [c["action"] for c in calls])
        prefix_only = [{"Statement": [
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/results/*"},
            {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b",
             "Condition": {"StringLike": {"s3:prefix": "dist/*"}}}]}]
        refused = iam_evaluator.decide(prefix_only, calls)
        self.assertEqual(["s3:ListBucket"], [c["action"] for c in refused])
        self.assertIn("403, not 404", refused[0]["why"])
        unconditioned = [{"Statement": prefix_only[0]["Statement"][:1] + [
            {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b"}]}]
        self.assertEqual([], iam_evaluator.decide(unconditioned, calls))

    def test_a_secure_string_read_needs_the_parameter_and_its_key(self):
        """GetParameter is authorized on the parameter's ARN (the name's leading slash dropped after
        'parameter/'); WithDecryption, SSM decrypts with the parameter's key on the caller's behalf."""
        key = "arn:aws:kms:us-east-1:123456789012:key/k1"
        name = "/chart-coder/query-api-token"
        world = iam_evaluator.World("123456789012", "us-east-1", parameter_keys={name: key})
        headers = {"Authorization": "AWS4-HMAC-SHA256 Credential=AKIA/20261201/us-east-1/ssm/aws4_request, "
                                    "SignedHeaders=host, Signature=0",
                   "X-Amz-Target": "AmazonSSM.GetParameter", "Content-Type": "application/x-amz-json-1.1"}
        arn = "arn:aws:ssm:us-east-1:123456789012:parameter/chart-coder/query-api-token"
        calls = iam_evaluator.calls_for(world, "POST", "/", headers, json.dumps({"Name": name, "WithDecryption": True}).encode())
        self.assertEqual([("ssm:GetParameter", arn), ("kms:Decrypt", key)], [(c["action"], c["resource"]) for c in calls])
        plain = iam_evaluator.calls_for(world, "POST", "/", headers, json.dumps({"Name": name}).encode())
        self.assertEqual([("ssm:GetParameter", arn)], [(c["action"], c["resource"]) for c in plain])
        read_only = [{"Statement": [{"Effect": "Allow", "Action": "ssm:GetParameter", "Resource": arn}]}]
        self.assertEqual(["kms:Decrypt"], [c["action"] for c in iam_evaluator.decide(read_only, calls)])
        other = [{"Statement": [{"Effect": "Allow", "Action": "ssm:GetParameter", "Resource": arn + "-other"},
                                {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": key}]}]
        self.assertEqual(["ssm:GetParameter"], [c["action"] for c in iam_evaluator.decide(other, calls)])
        both = [{"Statement": read_only[0]["Statement"] + other[0]["Statement"][1:]}]
        self.assertEqual([], iam_evaluator.decide(both, calls))


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/python
"""chart-coder's query index table (DynamoChartIndex), created or brought in line.

community.aws 5.5's dynamodb_table sets no server-side encryption with a customer managed key, so
this module does it with boto3: keys pk/sk (strings), on-demand billing (nothing is paid while idle),
SSE-KMS under the given key, point-in-time recovery on. Idempotent: an existing table's key schema
must match (else it fails rather than touch data); its billing, encryption and recovery are changed
only where they differ. state=absent deletes the table (teardown). Beside the playbooks (library/)
so that roles/storage and roles/decommission find it.
"""
from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.chartcoder_aws import AWS_ARGUMENTS, aws_client

DOCUMENTATION = r"""
module: dynamodb_index_table
short_description: The chart-coder query index table, on demand and SSE-KMS
options:
  name: {description: Table name, required: true, type: str}
  state: {description: present or absent, type: str, default: present, choices: [present, absent]}
  kms_key_arn: {description: Customer managed KMS key of the table (state=present), type: str}
  region: {description: AWS region, required: true, type: str}
  endpoint_url: {description: Endpoint of an emulator, type: str}
  access_key: {description: Access key (else boto3's credential chain), type: str}
  secret_key: {description: Secret key (else boto3's credential chain), type: str, no_log: true}
  validate_certs: {description: Verify the endpoint's certificate, type: bool, default: true}
"""

RETURN = r"""
table_arn: {description: ARN of the table, type: str, returned: state=present}
"""

KEYS = [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}]


def describe(client, name):
    try:
        return client.describe_table(TableName=name)["Table"]
    except client.exceptions.ResourceNotFoundException:
        return None


def ensure(client, name, key_arn, changes):
    table = describe(client, name)
    if table is None:
        changes.append("table")
        client.create_table(TableName=name, KeySchema=KEYS, BillingMode="PAY_PER_REQUEST",
                            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                                                  {"AttributeName": "sk", "AttributeType": "S"}],
                            SSESpecification={"Enabled": True, "SSEType": "KMS", "KMSMasterKeyId": key_arn})
        client.get_waiter("table_exists").wait(TableName=name)
        table = describe(client, name)
    elif sorted(k["AttributeName"] + k["KeyType"] for k in table["KeySchema"]) != sorted(k["AttributeName"] + k["KeyType"] for k in KEYS):
        raise ValueError("exists with another key schema: not chart-coder's index, left alone")
    else:
        if table.get("BillingModeSummary", {}).get("BillingMode") != "PAY_PER_REQUEST":
            changes.append("billing")
            client.update_table(TableName=name, BillingMode="PAY_PER_REQUEST")
        sse = table.get("SSEDescription", {})
        if sse.get("SSEType") != "KMS" or sse.get("KMSMasterKeyArn") != key_arn:
            changes.append("encryption")
            client.update_table(TableName=name, SSESpecification={"Enabled": True, "SSEType": "KMS",
                                                                  "KMSMasterKeyId": key_arn})
    backups = client.describe_continuous_backups(TableName=name)["ContinuousBackupsDescription"]
    if backups.get("PointInTimeRecoveryDescription", {}).get("PointInTimeRecoveryStatus") != "ENABLED":
        changes.append("point-in-time recovery")
        client.update_continuous_backups(TableName=name,
                                         PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True})
    return table["TableArn"]


def main():
    module = AnsibleModule(
        argument_spec={
            "name": {"type": "str", "required": True},
            "state": {"type": "str", "default": "present", "choices": ["present", "absent"]},
            "kms_key_arn": {"type": "str"},
            **AWS_ARGUMENTS,
        },
        required_if=[("state", "present", ("kms_key_arn",))],
        supports_check_mode=False,
    )
    params = module.params
    client = aws_client(module, "dynamodb")
    changes = []
    try:
        if params["state"] == "absent":
            table = describe(client, params["name"])
            if table:
                client.delete_table(TableName=params["name"])
            module.exit_json(changed=table is not None)
        arn = ensure(client, params["name"], params["kms_key_arn"], changes)
    except Exception as e:  # boto3's ClientError and the schema refusal alike
        module.fail_json(msg=f"index table {params['name']}: {e}", changes=changes)
    module.exit_json(changed=bool(changes), changes=changes, table_arn=arn)


if __name__ == "__main__":
    main()

#!/usr/bin/python
"""Reserved concurrency of a Lambda function, set or brought in line.

amazon.aws 5.5's lambda module has no reserved concurrency. The launcher needs it at 1: the alarm's
SNS notification and the reconcile schedule's event (or two notifications) arriving together then
run one after the other, since Lambda throttles the second and retries throttled asynchronous
invocations (SNS and EventBridge invoke asynchronously) for up to six hours. Idempotent: changed
only when the function's value differs.
"""
from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.chartcoder_aws import AWS_ARGUMENTS, aws_client

DOCUMENTATION = r"""
module: lambda_reserved_concurrency
short_description: Reserve a Lambda function's concurrent executions
options:
  function_name: {description: Function name, required: true, type: str}
  reserved_concurrent_executions: {description: Executions reserved (and allowed at most), required: true, type: int}
  region: {description: AWS region, required: true, type: str}
  endpoint_url: {description: Endpoint of an emulator, type: str}
  access_key: {description: Access key (else boto3's credential chain), type: str}
  secret_key: {description: Secret key (else boto3's credential chain), type: str, no_log: true}
  validate_certs: {description: Verify the endpoint's certificate, type: bool, default: true}
"""

RETURN = r"""
reserved_concurrent_executions: {description: The function's reserved concurrency afterwards, type: int, returned: always}
"""


def main():
    module = AnsibleModule(
        argument_spec={
            "function_name": {"type": "str", "required": True},
            "reserved_concurrent_executions": {"type": "int", "required": True},
            **AWS_ARGUMENTS,
        },
        supports_check_mode=False,
    )
    params = module.params
    client = aws_client(module, "lambda")
    wanted = params["reserved_concurrent_executions"]
    try:
        current = client.get_function_concurrency(FunctionName=params["function_name"]).get("ReservedConcurrentExecutions")
        if current != wanted:
            client.put_function_concurrency(FunctionName=params["function_name"], ReservedConcurrentExecutions=wanted)
    except Exception as e:  # boto3's ClientError: a missing function, the account's unreserved minimum
        module.fail_json(msg=f"reserved concurrency of {params['function_name']}: {e}")
    module.exit_json(changed=current != wanted, reserved_concurrent_executions=wanted)


if __name__ == "__main__":
    main()

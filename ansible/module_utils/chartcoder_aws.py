"""What chart-coder's own modules (library/) share: the AWS connection options and a boto3 client
built from them. Beside the playbooks (module_utils/), where Ansible finds it for library/."""

AWS_ARGUMENTS = {
    "region": {"type": "str", "required": True},
    "endpoint_url": {"type": "str"},
    "access_key": {"type": "str", "no_log": False},
    "secret_key": {"type": "str", "no_log": True},
    "validate_certs": {"type": "bool", "default": True},
}


def aws_client(module, service):
    """A boto3 client for the service from the module's connection options; fails the task without boto3."""
    try:
        import boto3
    except ImportError:
        module.fail_json(msg="boto3 is required (Debian: python3-boto3)")
    params = module.params
    return boto3.client(service, region_name=params["region"], endpoint_url=params["endpoint_url"] or None,
                        aws_access_key_id=params["access_key"] or None,
                        aws_secret_access_key=params["secret_key"] or None,
                        verify=params["validate_certs"])

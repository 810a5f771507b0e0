#!/usr/bin/python
"""An API Gateway HTTP API (apigatewayv2) in front of one Lambda, created or brought in line.

amazon.aws / community.aws 5.5 manage REST APIs (api_gateway) but not HTTP APIs, so this module
does it with boto3's apigatewayv2 client. Idempotent: the API is found by name; its Lambda proxy
integration (payload format 2.0), its routes (exactly the given list: missing ones are created,
others removed) and its $default stage (auto-deployed, throttled, access-logged) are changed only
where they differ, and `changed` says whether anything was. state=absent deletes the API (teardown). Beside the
playbooks (library/) so that both roles/query_api and roles/decommission find it.
"""
from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.chartcoder_aws import AWS_ARGUMENTS, aws_client

DOCUMENTATION = r"""
module: apigatewayv2_http_api
short_description: An API Gateway HTTP API proxying every route to one Lambda function
options:
  name: {description: Name of the HTTP API, required: true, type: str}
  state: {description: present or absent, type: str, default: present, choices: [present, absent]}
  function_arn: {description: ARN of the Lambda function every route invokes (state=present), type: str}
  routes: {description: Route keys such as "GET /api/health" (state=present), type: list, elements: str}
  throttling_burst_limit: {description: Stage-wide burst limit, type: int, default: 50}
  throttling_rate_limit: {description: Stage-wide steady requests per second, type: float, default: 25}
  access_log_destination_arn: {description: ARN of the CloudWatch Logs group of the access log (state=present), type: str}
  access_log_format: {description: Access log line ($context variables) (state=present), type: str}
  integration_timeout_ms: {description: How long API Gateway waits for the function, type: int, default: 29000}
  region: {description: AWS region, required: true, type: str}
  endpoint_url: {description: Endpoint of an emulator, type: str}
  access_key: {description: Access key (else boto3's credential chain), type: str}
  secret_key: {description: Secret key (else boto3's credential chain), type: str, no_log: true}
  validate_certs: {description: Verify the endpoint's certificate, type: bool, default: true}
"""

RETURN = r"""
api_id: {description: Id of the HTTP API, type: str, returned: state=present}
api_endpoint: {description: The execute-api HTTPS endpoint, type: str, returned: state=present}
routes: {description: The route keys now on the API, type: list, returned: state=present}
"""

STAGE = "$default"


def find_api(client, name):
    apis = []
    for page in client.get_paginator("get_apis").paginate():
        apis += [a for a in page["Items"] if a["Name"] == name]
    if len(apis) > 1:
        raise ValueError(f"{len(apis)} HTTP APIs are named {name}: remove the extra ones")
    return apis[0] if apis else None


def ensure_api(client, name, changes):
    api = find_api(client, name)
    if api:
        return api
    changes.append("api")
    # execute-api endpoints are HTTPS only; HTTP APIs have no plain-HTTP listener to turn off
    return client.create_api(Name=name, ProtocolType="HTTP", Description="chart-coder query API")


def ensure_integration(client, api_id, function_arn, timeout_ms, changes):
    wanted = {"IntegrationType": "AWS_PROXY", "IntegrationUri": function_arn, "PayloadFormatVersion": "2.0",
              "TimeoutInMillis": timeout_ms}
    for integration in client.get_integrations(ApiId=api_id)["Items"]:
        if integration.get("IntegrationUri") == function_arn:
            if any(integration.get(k) != v for k, v in wanted.items()):
                changes.append("integration")
                client.update_integration(ApiId=api_id, IntegrationId=integration["IntegrationId"], **wanted)
            return integration["IntegrationId"]
    changes.append("integration")
    return client.create_integration(ApiId=api_id, IntegrationMethod="POST", **wanted)["IntegrationId"]


def ensure_routes(client, api_id, integration_id, route_keys, changes):
    target = f"integrations/{integration_id}"
    existing = {r["RouteKey"]: r for r in client.get_routes(ApiId=api_id)["Items"]}
    for key in route_keys:
        route = existing.get(key)
        if route is None:
            changes.append(f"route {key}")
            client.create_route(ApiId=api_id, RouteKey=key, Target=target, AuthorizationType="NONE")
        elif route.get("Target") != target:
            changes.append(f"route {key}")
            client.update_route(ApiId=api_id, RouteId=route["RouteId"], Target=target)
    # one source for the routes: whatever the list no longer has goes
    for key, route in existing.items():
        if key not in route_keys:
            changes.append(f"removed route {key}")
            client.delete_route(ApiId=api_id, RouteId=route["RouteId"])
    return sorted(route_keys)


def ensure_stage(client, api_id, params, changes):
    wanted = {
        "AutoDeploy": True,
        "DefaultRouteSettings": {"ThrottlingBurstLimit": params["throttling_burst_limit"],
                                 "ThrottlingRateLimit": float(params["throttling_rate_limit"]),
                                 "DetailedMetricsEnabled": True},
        "AccessLogSettings": {"DestinationArn": params["access_log_destination_arn"],
                              "Format": params["access_log_format"]},
    }
    stages = {s["StageName"]: s for s in client.get_stages(ApiId=api_id)["Items"]}
    stage = stages.get(STAGE)
    if stage is None:
        changes.append("stage")
        client.create_stage(ApiId=api_id, StageName=STAGE, **wanted)
        return
    current_throttle = stage.get("DefaultRouteSettings", {})
    differs = (stage.get("AutoDeploy") is not True
               or stage.get("AccessLogSettings") != wanted["AccessLogSettings"]
               or current_throttle.get("ThrottlingBurstLimit") != wanted["DefaultRouteSettings"]["ThrottlingBurstLimit"]
               or float(current_throttle.get("ThrottlingRateLimit", -1)) != wanted["DefaultRouteSettings"]["ThrottlingRateLimit"])
    if differs:
        changes.append("stage")
        client.update_stage(ApiId=api_id, StageName=STAGE, **wanted)


def main():
    module = AnsibleModule(
        argument_spec={
            "name": {"type": "str", "required": True},
            "state": {"type": "str", "default": "present", "choices": ["present", "absent"]},
            "function_arn": {"type": "str"},
            "routes": {"type": "list", "elements": "str"},
            "throttling_burst_limit": {"type": "int", "default": 50},
            "throttling_rate_limit": {"type": "float", "default": 25},
            "access_log_destination_arn": {"type": "str"},
            "access_log_format": {"type": "str"},
            "integration_timeout_ms": {"type": "int", "default": 29000},
            **AWS_ARGUMENTS,
        },
        required_if=[("state", "present", ("function_arn", "routes", "access_log_destination_arn", "access_log_format"))],
        supports_check_mode=False,
    )
    params = module.params
    client = aws_client(module, "apigatewayv2")
    changes = []
    if params["state"] == "absent":
        try:
            api = find_api(client, params["name"])
            if api:
                client.delete_api(ApiId=api["ApiId"])
        except Exception as e:  # boto3's ClientError and the duplicate-name refusal alike
            module.fail_json(msg=f"HTTP API {params['name']}: {e}")
        module.exit_json(changed=api is not None)
    try:
        api = ensure_api(client, params["name"], changes)
        integration_id = ensure_integration(client, api["ApiId"], params["function_arn"],
                                            params["integration_timeout_ms"], changes)
        routes = ensure_routes(client, api["ApiId"], integration_id, params["routes"], changes)
        ensure_stage(client, api["ApiId"], params, changes)
    except Exception as e:  # boto3's ClientError and the duplicate-name refusal alike
        module.fail_json(msg=f"HTTP API {params['name']}: {e}", changes=changes)
    module.exit_json(changed=bool(changes), changes=changes, api_id=api["ApiId"],
                     api_endpoint=api.get("ApiEndpoint", ""), routes=routes)


if __name__ == "__main__":
    main()

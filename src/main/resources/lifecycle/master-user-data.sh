#!/bin/bash
# User data of a chart-coder master (Amazon Linux 2023). Placeholders are filled in by the launcher.
set -euo pipefail
exec >>/var/log/chart-coder-bootstrap.log 2>&1
dnf install -y -q java-17-amazon-corretto-headless python3-pip
python3 -m pip install -q 'ansible-core>=2.14,<2.15' boto3 botocore
ansible-galaxy collection install -q amazon.aws:5.5.1 community.aws:5.5.0
install -d -m 750 /opt/chart-coder /var/log/chart-coder
aws s3 cp --quiet "@ARTIFACTS_URI@/chart-coder.jar" /opt/chart-coder/chart-coder.jar
install -d -m 750 /opt/chart-coder/ansible
aws s3 cp --quiet "@ARTIFACTS_URI@/ansible.tgz" /tmp/chart-coder-ansible.tgz
tar -xzf /tmp/chart-coder-ansible.tgz -C /opt/chart-coder/ansible
[ -f /opt/chart-coder/ansible/master.yml ] || mv /opt/chart-coder/ansible/ansible/* /opt/chart-coder/ansible/
cd /opt/chart-coder
# The controller's settings the master needs (names and ids only, no secrets).
@MASTER_ENVIRONMENT@
# IMDSv2 only (the launcher requires tokens): the master needs its own id to terminate itself last.
TOKEN=$(curl -sS -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')
INSTANCE_ID=$(curl -sS -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id)
# The master supervises Ansible, drains the run, then shuts this instance down (behaviour: terminate).
CHARTCODER_PROFILE=aws setsid nohup java -Dchartcoder.lifecycle.alarm-name="@ALARM_NAME@" \
  -jar chart-coder.jar master --run-id "@RUN_ID@" --instance-id "$INSTANCE_ID" \
  --data-dir /var/lib/chart-coder >/var/log/chart-coder/master.log 2>&1 </dev/null &
echo $! >/var/run/chart-coder-master.pid

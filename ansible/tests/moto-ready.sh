# Sourced by the moto test scripts: waits for a moto_server they started, then stores Lambda
# functions without running them in containers (the scripts run what they need themselves).
#   moto_ready ENDPOINT LOG_FILE
moto_ready() {
    local endpoint=$1 log=$2
    for _ in $(seq 1 100); do
        curl -sfk "$endpoint/moto-api/" >/dev/null && break
        sleep 0.2
    done
    curl -sfk "$endpoint/moto-api/" >/dev/null || { echo "moto_server did not start:"; cat "$log"; return 1; }
    curl -sfk -X POST "$endpoint/moto-api/config" -d '{"lambda":{"use_docker":false}}' >/dev/null
}

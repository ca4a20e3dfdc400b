"""From Kafka 2.8.0 producers are idempotent by default (`enable.idempotence=true`), and the guide ("Create
authorization policies") warns that IAM then differs from Kafka ACLs: `WriteData` on some topics does not
let a producer write idempotently — only `WriteData` on ALL topics does. Its workaround is to allow
`kafka-cluster:WriteDataIdempotently` on the cluster. Without it, a producer whose policy names its topics
fails with a cluster authorization error.

msklint reports a policy that allows `WriteData` only on specific topics (no `topic/*/*`-wide or `*`
grant) without `WriteDataIdempotently` on that cluster, when the Kafka version is known to be 2.8.0 or
later (`--kafka-version` or a cluster definition in the run); with no version it stays silent. The guide
calls the permission "deprecated" in the same paragraph that recommends granting it; we follow the
workaround, the safe reading.
"""

from msklint.findings import Hit
from msklint.packs.iam.model import (
    as_glob,
    cluster_key,
    cluster_part,
    grants,
    parse_arn,
    policy_of,
    same_cluster_keys,
)

CODE = "I032"
NAME = "idempotent-write-permission"
SEVERITY = "warning"
SUMMARY = "WriteData on specific topics without WriteDataIdempotently on the cluster (Kafka 2.8.0+)"
GUIDE = "Create authorization policies"
BAD = (
    '{"Version": "2012-10-17", "Statement": [\n'
    ' {"Effect": "Allow", "Action": ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"],\n'
    '  "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/*"},\n'
    ' {"Effect": "Allow", "Action": ["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"],\n'
    '  "Resource": "arn:aws:kafka:us-east-1:123456789012:topic/MyCluster/*/orders"}]}\n'
)
GOOD = BAD.replace(
    '"kafka-cluster:DescribeCluster"]',
    '"kafka-cluster:DescribeCluster",\n  "kafka-cluster:WriteDataIdempotently"]',
)
EXAMPLE_FLAGS = "--kafka-version 3.6.0"


def _all_topics(resource: str | None) -> bool:
    if resource is None:
        return True
    glob = as_glob(resource)
    arn = parse_arn(glob)
    if arn is None:
        return glob.strip("*") == ""
    parts = arn.resource.split("/")
    return parts[-1] == "*" or parts[0] == "*"


def check(doc, ctx, options):
    version = ctx.cluster.version
    policy = policy_of(doc)
    if policy is None or version is None or version.numbers[:2] < (2, 8):
        return
    allowed = [g for g in grants(policy) if g.effective() is not False]
    # cluster keys (what same_cluster compares); each is judged once
    idempotent = {
        cluster_key(g.resource) for g in allowed if g.action == "kafka-cluster:WriteDataIdempotently"
    }
    judged = set()
    for grant in allowed:
        if grant.action != "kafka-cluster:WriteData" or _all_topics(grant.resource):
            continue
        if cluster_key(grant.resource) in judged:
            continue
        judged.add(cluster_key(grant.resource))
        if any(same_cluster_keys(cluster_key(grant.resource), other) for other in idempotent):
            continue
        node = grant.resource_node
        yield Hit.at(
            node,
            f"WriteData is limited to '{grant.resource}' but WriteDataIdempotently is not allowed on cluster "
            f"{cluster_part(grant.resource)}: idempotent producers (the default since Kafka 2.8.0) are refused",
            "allow kafka-cluster:WriteDataIdempotently on the cluster ARN, as the guide's workaround shows",
        )
        return

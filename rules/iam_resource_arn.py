"""MSK resource ARNs have one shape each ("Semantics of actions and resources", "Resources"):

    arn:aws:kafka:REGION:ACCOUNT:cluster/CLUSTER-NAME/CLUSTER-UUID
    arn:aws:kafka:REGION:ACCOUNT:topic/CLUSTER-NAME/CLUSTER-UUID/TOPIC-NAME
    arn:aws:kafka:REGION:ACCOUNT:group/CLUSTER-NAME/CLUSTER-UUID/GROUP-NAME
    arn:aws:kafka:REGION:ACCOUNT:transactional-id/CLUSTER-NAME/CLUSTER-UUID/TRANSACTIONAL-ID

(and `configuration/`, `vpc-connection/`, `replicator/` for control-plane actions; `connector/`,
`custom-plugin/`, `worker-configuration/` under `kafkaconnect`). A Resource that cannot be such an ARN
matches nothing: a partition other than aws/aws-cn/aws-us-gov/aws-iso*, a Region that is not a Region
code, an account id that is not 12 digits (the guide's own examples use the 13-digit `0123456789012` —
they can never match; we report them), the service written `kafka-cluster` or `msk`, the REST API path
form (`arn:aws:kafka:REGION:ACCOUNT:/v1/clusters/*`, which some policies copy from API docs), too few or
too many `/` parts without a wildcard, or a placeholder left in (`cluster-arn`, `<sourceClusterARN>`).
`*` may appear anywhere after the type word, and a `${...}` placeholder stands for an unknown part.

A Resource a template computes entirely (`Ref`, `Fn::GetAtt`, `${aws_msk_cluster.x.arn}`) in a statement
with MSK actions is reported at info: msklint cannot check it.
"""

from msklint.findings import Hit
from msklint.packs.iam.arns import arn_problem
from msklint.packs.iam.model import as_glob, kafka_actions_of, parse_arn, policy_of, resolve_text

CODE = "I020"
NAME = "resource-arn-format"
SEVERITY = "error"
SUMMARY = "a Resource is not a well-formed MSK ARN, so it matches nothing"
GUIDE = "Semantics of actions and resources"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka-cluster:Connect",\n'
    ' "Resource": "arn:aws:kafka:us-east-1:0123456789012:cluster/MyTestCluster/*"}]}\n'
)
GOOD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka-cluster:Connect",\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/MyTestCluster/*"}]}\n'
)


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    for statement in policy.statements():
        kafka = bool(kafka_actions_of(statement))
        for key in ("Resource", "NotResource"):
            holder = statement.get(key)
            if holder is None:
                continue
            for node in holder.elements():
                text = resolve_text(node)
                if text is None or as_glob(text).strip("*") == "":
                    if kafka and (text is None or text != "*"):
                        yield Hit.at(
                            node,
                            "cannot check: the template computes this Resource",
                            "msklint checks it once the value is written out",
                            severity="info",
                        )
                    continue
                arn = parse_arn(as_glob(text))
                mine = arn is not None and arn.service.lower() in (
                    "kafka",
                    "kafkaconnect",
                    "kafka-cluster",
                    "msk",
                )
                if not (kafka or mine):
                    continue
                problem = arn_problem(text)
                if problem:
                    yield Hit.at(node, problem[0], problem[1])

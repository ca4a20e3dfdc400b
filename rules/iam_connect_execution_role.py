"""An MSK Connect service execution role (a role whose trust policy lets `kafkaconnect.amazonaws.com`
assume it) connecting to a cluster with IAM access control needs the permissions the guide lists ("Service
execution role"): `kafka-cluster:Connect` and `DescribeCluster` on the cluster; `CreateTopic`,
`WriteData`, `ReadData` and `DescribeTopic` on the connector's internal topics
(`topic/CLUSTER/UUID/__amazon_msk_connect_*`); `AlterGroup` and `DescribeGroup` on its groups
(`group/CLUSTER/UUID/__amazon_msk_connect_*` and `connect-*`). Checked when the role's trust policy and
at least one of its permission policies with `kafka-cluster:` actions are in the same file (a role with no
data-plane actions is taken to use a cluster without IAM access control); permissions attached elsewhere
cannot be seen, so the rule stays silent then."""

from msklint.findings import Hit
from msklint.packs.iam.execution_roles import REQUIRED, covers, role_policies
from msklint.packs.iam.model import grants, policy_of

CODE = "I052"
NAME = "connect-execution-role-permissions"
SEVERITY = "error"
SUMMARY = "an MSK Connect execution role lacks a permission the guide requires"
GUIDE = "Service execution role"
BAD = """\
Resources:
  ConnectorRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: {Service: kafkaconnect.amazonaws.com}
            Action: sts:AssumeRole
            Condition: {StringEquals: {aws:SourceAccount: "123456789012"}}
      Policies:
        - PolicyName: kafka
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: [kafka-cluster:Connect, kafka-cluster:DescribeCluster]
                Resource: arn:aws:kafka:us-east-1:123456789012:cluster/c/*
              - Effect: Allow
                Action: [kafka-cluster:ReadData, kafka-cluster:DescribeTopic]
                Resource: arn:aws:kafka:us-east-1:123456789012:topic/c/*/orders
"""
GOOD = (
    BAD
    + """\
              - Effect: Allow
                Action: [kafka-cluster:CreateTopic, kafka-cluster:WriteData,
                         kafka-cluster:ReadData, kafka-cluster:DescribeTopic]
                Resource: arn:aws:kafka:us-east-1:123456789012:topic/c/*/__amazon_msk_connect_*
              - Effect: Allow
                Action: [kafka-cluster:AlterGroup, kafka-cluster:DescribeGroup]
                Resource:
                  - arn:aws:kafka:us-east-1:123456789012:group/c/*/__amazon_msk_connect_*
                  - arn:aws:kafka:us-east-1:123456789012:group/c/*/connect-*
"""
)


def check_all(docs, ctx, options):
    for trust, mine in role_policies(docs, "kafkaconnect.amazonaws.com"):
        allowed = [g for doc in mine for g in grants(policy_of(doc)) if g.effective() is not False]
        if not any(g.prefix == "kafka-cluster" for g in allowed):
            continue
        missing = []
        for action, kind, sample in REQUIRED:
            full = f"kafka-cluster:{action}"
            if not any(g.action == full and covers(g.resource, kind, sample) for g in allowed):
                entry = f"{full} on {kind}/…/{sample.split('/')[-1] if kind != 'cluster' else 'CLUSTER'}"
                if entry not in missing:
                    missing.append(entry)
        if missing:
            root = policy_of(trust).root
            yield (
                trust,
                Hit.at(
                    root,
                    f"{policy_of(trust).label}: the MSK Connect execution role lacks {'; '.join(missing[:3])}"
                    + (f" and {len(missing) - 3} more" if len(missing) > 3 else ""),
                    "add the permissions from the guide's 'Service execution role' policy",
                ),
            )

"""The MSK Replicator service execution role (trusted by `kafka.amazonaws.com`) needs the permissions of
the AWS managed policy AWSMSKReplicatorExecutionRole ("AWS managed policy: AWSMSKReplicatorExecutionRole",
and "Configure replicator settings and permissions": "We recommend that you attach the
AWSMSKReplicatorExecutionRole managed IAM policy"): Connect, DescribeCluster, AlterCluster on clusters;
DescribeTopic, CreateTopic, AlterTopic, WriteData, ReadData, DescribeTopicDynamicConfiguration,
AlterTopicDynamicConfiguration on topics; AlterGroup, DescribeGroup on groups; WriteDataIdempotently on
clusters (added March 2024). Checked when the role and its permission policies are in the same file and
the managed policy is not attached; silent when the role has no permissions in the file."""

from msklint.findings import Hit
from msklint.packs.iam.execution_roles import covers, role_policies
from msklint.packs.iam.model import grants, policy_of

CODE = "I053"
NAME = "replicator-execution-role-permissions"
SEVERITY = "error"
SUMMARY = "an MSK Replicator execution role lacks a permission of AWSMSKReplicatorExecutionRole"
GUIDE = "AWS managed policy: AWSMSKReplicatorExecutionRole"
BAD = """\
Resources:
  ReplicatorRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: {Service: kafka.amazonaws.com}
            Action: sts:AssumeRole
            Condition: {StringEquals: {aws:SourceAccount: "123456789012"}}
      Policies:
        - PolicyName: replicate
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: [kafka-cluster:Connect, kafka-cluster:DescribeCluster]
                Resource: arn:aws:kafka:*:*:cluster/*
"""
GOOD = BAD.replace(
    "      Policies:\n",
    "      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/service-role/AWSMSKReplicatorExecutionRole\n      Policies:\n",
)

REQUIRED = [
    *[(a, "cluster", "c/u") for a in ("Connect", "DescribeCluster", "AlterCluster", "WriteDataIdempotently")],
    *[
        (a, "topic", "c/u/t")
        for a in (
            "DescribeTopic",
            "CreateTopic",
            "AlterTopic",
            "WriteData",
            "ReadData",
            "DescribeTopicDynamicConfiguration",
            "AlterTopicDynamicConfiguration",
        )
    ],
    *[(a, "group", "c/u/g") for a in ("AlterGroup", "DescribeGroup")],
]


def check_all(docs, ctx, options):
    for trust, mine in role_policies(docs, "kafka.amazonaws.com"):
        managed = policy_of(trust).extras.get("managed_policy_arns", [])
        if any("AWSMSKReplicatorExecutionRole" in arn or "${" in arn or not arn for arn in managed):
            continue
        if not mine:
            continue
        allowed = [g for doc in mine for g in grants(policy_of(doc)) if g.effective() is not False]
        missing = [
            f"kafka-cluster:{a}"
            for a, kind, sample in REQUIRED
            if not any(g.action == f"kafka-cluster:{a}" and covers(g.resource, kind, sample) for g in allowed)
        ]
        if missing:
            root = policy_of(trust).root
            yield (
                trust,
                Hit.at(
                    root,
                    f"{policy_of(trust).label}: the MSK Replicator execution role lacks {', '.join(missing[:4])}"
                    + (f" and {len(missing) - 4} more" if len(missing) > 4 else ""),
                    "attach arn:aws:iam::aws:policy/service-role/AWSMSKReplicatorExecutionRole",
                ),
            )

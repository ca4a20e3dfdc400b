"""Per-rule tables: input -> exact [(code, line)]; every rule's BAD/GOOD examples."""

import pytest
from helpers import codes_and_lines, lint_text

from msklint.registry import discover

IAM_RULES = discover({"iam"})


def iam(text, filename="policy.json", select=None, context=None):
    codes = (select,) if select else ()
    return codes_and_lines([f for f in lint_text(text, filename, context, codes) if f.rule.startswith("I")])


@pytest.mark.parametrize("rule", IAM_RULES, ids=lambda r: r.code)
def test_bad_example_is_reported_and_good_is_clean(rule):
    name = "template.yaml" if rule.bad.startswith("Resources") else "policy.json"
    context = {"kafka_version": "3.6.0", "cluster_type": "serverless"}
    bad = [code for code, _ in iam(rule.bad, name, rule.code, context)]
    good = [code for code, _ in iam(rule.good, name, rule.code, context)]
    assert rule.code in bad
    assert rule.code not in good


CLUSTER = "arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/abcd1234-0123-abcd-5678-1234abcd-1"
TOPIC = "arn:aws:kafka:us-east-1:123456789012:topic/MyCluster/*"
GROUP = "arn:aws:kafka:us-east-1:123456789012:group/MyCluster/*"


def policy(*statements):
    body = ",\n".join(statements)
    return '{"Version": "2012-10-17", "Statement": [\n' + body + "\n]}\n"


def allow(actions, resources):
    acts = ", ".join(f'"{a}"' for a in actions)
    res = ", ".join(f'"{r}"' for r in resources)
    return f'{{"Effect": "Allow", "Action": [{acts}], "Resource": [{res}]}}'


CONSUMER = policy(
    allow(["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"], [CLUSTER]),
    allow(["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"], [TOPIC]),
    allow(["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"], [GROUP]),
)

CASES = [
    # (id, text, expected [(code, line)])
    ("consumer-ok", CONSUMER, []),
    (
        "topic-action-on-cluster",
        policy(allow(["kafka-cluster:Connect", "kafka-cluster:ReadData"], [CLUSTER])),
        [("I011", 2)],  # ReadData grants nothing here, so its required actions are not asked for
    ),
    (
        "read-without-group",
        policy(
            allow(["kafka-cluster:Connect"], [CLUSTER]),
            allow(["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"], [TOPIC]),
        ),
        [("I030", 3)],
    ),
    (
        "no-connect",
        policy(allow(["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"], [TOPIC])),
        [("I031", 2)],
    ),
    (
        "connect-on-other-cluster",
        policy(
            allow(["kafka-cluster:Connect"], ["arn:aws:kafka:us-east-1:123456789012:cluster/Other/*"]),
            allow(["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"], [TOPIC]),
        ),
        [("I031", 3)],
    ),
    (
        "13-digit-account",
        policy(allow(["kafka-cluster:Connect"], ["arn:aws:kafka:us-east-1:0123456789012:cluster/c/*"])),
        [("I020", 2)],
    ),
    (
        "rest-path",
        policy(
            allow(["kafka:ListClusterOperations"], ["arn:aws:kafka:us-east-1:123456789012:/v1/clusters/*"])
        ),
        [("I020", 2)],
    ),
    (
        "wrong-service",
        policy(
            allow(["kafka-cluster:Connect"], ["arn:aws:kafka-cluster:us-east-1:123456789012:cluster/c/*"])
        ),
        [("I020", 2)],
    ),
    (
        "topic-parts",
        policy(
            allow(["kafka-cluster:Connect"], [CLUSTER]),
            allow(["kafka-cluster:DescribeTopic"], ["arn:aws:kafka:us-east-1:123456789012:topic/MyCluster"]),
        ),
        [("I020", 3)],
    ),
    ("placeholder", policy(allow(["kafka-cluster:Connect"], ["cluster-arn"])), [("I020", 2)]),
    (
        "unknown-action",
        policy(allow(["kafka-cluster:Connect", "kafka-cluster:ListNodes"], [CLUSTER])),
        [("I010", 2)],
    ),
    ("garbled-action", policy(allow(["kafka-cluster>DeleteTopic"], ["*"])), [("I010", 2)]),
    ("pattern-matches-nothing", policy(allow(["kafka-cluster:*Topics"], ["*"])), [("I010", 2)]),
    ("other-service-typo", policy(allow(["kms:Reencrypt"], ["*"])), [("I010", 2)]),
    ("admin-star", policy(allow(["kafka-cluster:*"], ["*"])), [("I040", 2)]),
    ("data-plane-star", policy(allow(["kafka-cluster:Connect"], ["*"])), [("I040", 2)]),
    (
        "not-action",
        policy('{"Effect": "Allow", "NotAction": "kafka:Delete*", "Resource": "*"}'),
        [("I041", 2)],
    ),
    (
        "effect-case",
        policy('{"Effect": "allow", "Action": "kafka:ListClusters", "Resource": "*"}'),
        [("I001", 2)],
    ),
    (
        "two-actions",
        policy(
            '{"Effect": "Allow", "Action": "kafka:ListClusters", "NotAction": "kafka:ListNodes", "Resource": "*"}'
        ),
        [("I001", 2), ("I041", 2)],
    ),
    (
        "trust-with-resource",
        policy(
            '{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Resource": "*"}'
        ),
        [("I001", 2)],
    ),
    (
        "bad-operator",
        policy(
            '{"Effect": "Allow", "Action": "kafka:ListClusters", "Resource": "*", "Condition": {"StringEqual": {"aws:SourceAccount": "1"}}}'
        ),
        [("I001", 2)],
    ),
    (
        "no-version",
        '{"Statement": [{"Effect": "Allow", "Action": "kafka:ListClusters", "Resource": "*"}]}',
        [("I002", 1)],
    ),
    (
        "duplicate-sid",
        policy(
            '{"Sid": "A", "Effect": "Allow", "Action": "kafka:ListClusters", "Resource": "*"}',
            '{"Sid": "A", "Effect": "Deny", "Action": "kafka:ListNodes", "Resource": "*"}',
        ),
        [("I003", 3)],
    ),
    (
        "duplicate-key",
        policy('{"Effect": "Allow", "Action": "kafka:ListClusters", "Resource": "*",\n "Resource": "*"}'),
        [("I004", 3)],
    ),
    (
        "condition-key-typo",
        policy(
            '{"Effect": "Allow", "Action": "kafka:ListClusters", "Resource": "*", "Condition": {"StringEquals": {"aws:SourceAcount": "123456789012"}}}'
        ),
        [("I060", 2)],
    ),
    (
        "condition-key-service",
        policy(
            '{"Effect": "Allow", "Action": "kafka:Describe*", "Resource": "*", "Condition": {"StringEquals": {"kafka:ClusterName": "x"}}}'
        ),
        [("I060", 2)],
    ),
    (
        "condition-newer-global-key",
        policy(
            '{"Effect": "Allow", "Action": "kafka:ListClusters", "Resource": "*", "Condition": {"StringEquals": {"aws:SourceOrgID": "o-1"}}}'
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_table(text, expected):
    assert sorted(iam(text)) == sorted(expected)


def test_cluster_policy_open_to_every_account():
    text = policy(
        '{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["kafka:*", "kafka-cluster:*"], "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/c/*"}'
    )
    assert sorted(iam(text)) == [("I042", 2), ("I043", 2)]
    restricted = text.replace(
        '"Resource"', '"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-1"}}, "Resource"'
    )
    assert sorted(iam(restricted)) == [("I043", 2)]


def test_trust_policies():
    trust = policy(
        '{"Effect": "Allow", "Principal": {"Service": "kafkaconnect.amazonaws.com"}, "Action": "sts:AssumeRole"}'
    )
    assert iam(trust) == [("I050", 2)]
    other_arn = trust.replace(
        '"Action"', '"Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::b"}}, "Action"'
    )
    assert iam(other_arn) == [("I050", 2)]
    replicator = trust.replace("kafkaconnect.", "kafka.").replace(
        '"Action"', '"Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}, "Action"'
    )
    assert iam(replicator) == []
    assert iam(trust.replace('"kafkaconnect', '" kafkaconnect')) == [("I050", 2), ("I051", 2)]


def test_idempotent_write_needs_a_known_version():
    text = policy(
        allow(["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"], [CLUSTER]),
        allow(
            ["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"],
            ["arn:aws:kafka:us-east-1:123456789012:topic/MyCluster/*/orders"],
        ),
    )
    assert iam(text) == []
    assert iam(text, context={"kafka_version": "3.6.0"}) == [("I032", 3)]
    assert iam(text, context={"kafka_version": "2.7.0"}) == []
    fixed = text.replace(
        '"kafka-cluster:DescribeCluster"]',
        '"kafka-cluster:DescribeCluster", "kafka-cluster:WriteDataIdempotently"]',
    )
    assert iam(fixed, context={"kafka_version": "3.6.0"}) == []


def test_serverless_actions_only_with_serverless_context():
    text = policy(
        allow(
            ["kafka-cluster:Connect", "kafka-cluster:AlterCluster", "kafka-cluster:DescribeCluster"],
            [CLUSTER],
        )
    )
    assert iam(text) == []
    assert iam(text, context={"cluster_type": "serverless"}) == [("I033", 2)]
    assert iam(text, context={"cluster_type": "provisioned"}) == []


def test_unresolved_values_are_cannot_check_infos():
    text = policy(allow(["kafka-cluster:Connect"], ["${var.cluster_arn}"]))
    findings = lint_text(text, "policy.json")
    assert [(f.rule, f.severity) for f in findings] == [("I020", "info")]
    cfn = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka-cluster:Connect", "Resource": {"Fn::If": ["c", "a", "b"]}}]}'
    assert [(f.rule, f.severity, f.message.startswith("cannot check")) for f in lint_text(cfn, "p.json")] == [
        ("I020", "info", True)
    ]

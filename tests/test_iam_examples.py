"""Every IAM example of the guide (exact text, tests/data/iam/guide/) and every corpus file: findings and
loader errors reviewed by hand and pinned. Several guide samples are damaged by the PDF extraction (split
across pages, strings wrapped inside ARNs, `:D` turned into `>D`): those must be reported clearly (one line,
file, position), never crash."""

import re
from pathlib import Path

import pytest
from helpers import CORPUS, GUIDE, ROOT, codes_and_lines

from msklint.config import ClusterContext, Config
from msklint.engine import build_context, run_rules
from msklint.findings import InputError
from msklint.loaders import load_file

GUIDE_DIR = ROOT / "tests" / "data" / "iam" / "guide"

GUIDE_EXAMPLES = {
    "L0467-to-create-an-iam-policy-that-makes-it-possible-to-.json": [
        ("I020", 13),
        ("I020", 24),
        ("I020", 34),
    ],
    "L2708-to-create-an-iam-policy-that-makes-it-possible-to-.json": "invalid JSON: extra data after the JSON value",
    "L3046-to-create-the-iam-role-that-can-write-to-the-desti.json": "invalid JSON: expected a property name in double quotes",
    "L3061-to-create-the-iam-role-that-can-write-to-the-desti.json": "invalid JSON: extra data after the JSON value (a comma: several values where a JSON file holds one; wrap them in [ ])",
    "L3104-to-allow-msk-connect-to-assume-the-role.json": [("I050", 7)],
    "L3695-to-configure-parameter-values-in-secrets-manager.json": [],
    "L3754-to-configure-parameter-values-in-systems-manager-p.json": "invalid JSON: a line break or control character inside a string",
    "L3813-to-configure-objects-files-in-amazon-s3.json": "invalid JSON: a line break or control character inside a string",
    "L3943-service-execution-role-trust.json": [],
    "L3968-service-execution-role-permissions.json": [
        ("I020", 11),
        ("I020", 22),
        ("I020", 32),
        ("I031", 38),
        ("I020", 44),
        ("I020", 54),
        ("I020", 55),
    ],
    "L4043-examples-of-iam-policies-for-msk-connect.json": "invalid JSON: expected a property name in double quotes",
    "L4150-cross-service-confused-deputy-prevention.json": [("I051", 7)],
    "L4191-aws-managed-policy-amazonmskconnectreadonlyaccess.json": "invalid JSON: expected a property name in double quotes",
    "L4248-aws-managed-policy-kafkaconnectservicerolepolicy.json": [("I010", 51)],
    "L4738-2-configure-aws-secrets-manager-and-create-a-secre.json": [],
    "L5194-permissions-required-to-create-an-msk-replicator.json": [],
    "L5219-permissions-required-to-create-an-msk-replicator.json": [],
    "L5288-step-1-prepare-the-amazon-msk-source-cluster.json": [("I020", 16)],
    "L5333-cli-create-resource-policy.json": "invalid JSON: unexpected character 'a'",
    "L5519-access-to-cluster-resources.json": [],
    "L6217-allow-users-to-view-their-own-permissions.json": [("I010", 9)],
    "L6262-accessing-one-amazon-msk-cluster.json": "invalid JSON: a line break or control character inside a string",
    "L6294-accessing-amazon-msk-clusters-based-on-tags.json": "invalid JSON: expected ',' or '}'",
    "L6351-service-linked-role-permissions-for-amazon-msk.json": "invalid JSON: extra data after the JSON value",
    "L6457-aws-managed-policy-amazonmskfullaccess.json": "invalid JSON: a line break or control character inside a string",
    "L6610-aws-managed-policy-amazonmskreadonlyaccess.json": [],
    "L6645-aws-managed-policy-awsmskreplicatorexecutionrole.json": [
        ("I011", 11),
        ("I011", 12),
        ("I011", 13),
        ("I011", 14),
        ("I011", 15),
        ("I011", 16),
        ("I011", 17),
        ("I011", 18),
        ("I011", 19),
        ("I011", 39),
    ],
    "L6906-create-authorization-policies.json": "invalid JSON: expected a property name in double quotes",
    "L6957-create-authorization-policies-workaround.json": "invalid JSON: a line break or control character inside a string",
    "L7591-required-kms-key-policy-for-use-with-sse-kms-bucke.json": "not an IAM policy: no 'Statement' element and no IAM resources found",
    "L8154-example.json": "invalid JSON: a line break or control character inside a string",
    "L8210-example.json": [],
    "L8383-deleteclusterpolicy.json": "invalid JSON: a line break or control character inside a string",
    "L8411-client-permissions-for-multi-vpc-private-connectiv.json": "invalid JSON: expected ',' or '}'",
    "L9632-error-delivering-broker-logs-to-amazon-cloudwatch-.json": "not an IAM policy: no 'Statement' element and no IAM resources found",
}

# Reviewed: I020 on the tutorials' "region"/"Account-ID" and Connect's "cluster-arn" placeholders (they never
# match if pasted); I031 in L3968 follows from its cluster placeholder; I051 is the guide's leading space in
# " kafkaconnect.amazonaws.com"; I010 are `ec2>DeleteNetworkInterface` (PDF damage) and
# `iam:ListGroupsWithUser` (no such action: iam:ListGroupsForUser); I011 are the dead entries of the
# AWSMSKReplicatorExecutionRole managed policy (warnings: other statements grant them).
CORPUS_FINDINGS = {
    "cluster/aws-samples__aws-dms-msk-demo__master-cfn.yaml": [],
    "cluster/aws-samples__serverless-patterns__msk-lambda-iam-java-sam-MSKAndKafkaClientEC2.yaml": [
        ("I011", 893)
    ],
    "cluster/jaehyeon-kim__kafka-pocs__MSKSecurityWorkshop.yaml": [],
    "cluster/valentine-dev__aws-cloudformation__setup_with_custom_configuration.json": [],
    "iam/Tak1wa__aws-cfn-msk-cluster-basic__hoge-client-policy.json": [("I040", 6), ("I030", 7)],
    "iam/ankit-jn__terraform-aws-msk-serverless__serverless-client-policy.json": [],
    "iam/arun1289__aws-kafka-msk-dr-setup__kafka-admin-full-access.json": [("I040", 7), ("I040", 8)],
    "iam/aws-samples__amazon-msk-topic-resource__topic-handler-lambda-role.json": [
        ("I040", 20),
        ("I010", 62),
    ],
    "iam/aws-samples__mirrormaker2-msk-migration__ecs-msk-admin.json": [],
    "iam/aws-samples__mirrormaker2-msk-migration__msk-iam-auth-inline-policy.json": [
        ("I020", 12),
        ("I020", 21),
        ("I020", 29),
    ],
    "iam/aws-samples__msk-serverless-data-pipeline__ec2-msk-serverless-access.json": [],
    "iam/aws-samples__msk-serverless-data-pipeline__ecs-producer-task.json": [("I040", 7)],
    "iam/aws-samples__msk-serverless-data-pipeline__lambda-msk-managed-policy.json": [("I020", 30)],
    "iam/aws-samples__serverless-patterns__eventbridge-pipes-msk-iam-auth-source-policy.json": [
        ("I020", 11),
        ("I020", 26),
    ],
    "iam/aws-samples__serverless-patterns__eventbridge-pipes-msk-to-lambda-source-policy.json": [
        ("I020", 17)
    ],
    "iam/aws-samples__serverless-patterns__msk-lambda-iam-java-sam-MSKConnectAuthentication.json": [
        ("I011", 1)
    ],
    "iam/cdk-entest__aws-msk-demo__readme-client-policy.json": [("I020", 11), ("I020", 20), ("I020", 25)],
    "iam/cdk-entest__aws-msk-demo__readme-statements-fragment.json": "invalid JSON: extra data after the JSON value (a comma: several values where a JSON file holds one; wrap them in [ ])",
    "iam/garystafford__terraform-msk-demo__eks-kafka-client-control-plane-policy.json": [
        ("I020", 23),
        ("I020", 30),
        ("I010", 35),
        ("I020", 37),
        ("I020", 44),
        ("I020", 51),
        ("I020", 58),
        ("I020", 65),
        ("I020", 72),
    ],
    "iam/garystafford__terraform-msk-demo__eks-kafka-demo-app-policy.json": [],
    "iam/jaehyeon-kim__msk-connect-schema-registry__msk-connect-role-inline.json": [],
    "iam/leonlaf66__kraken-demo-module__msk-connect-sink-read-topics.json": [("I031", 8)],
    "iam/mminichino__columnar-demo-msk-terraform__msk-cluster-resource-policy.json": [
        ("I042", 8),
        ("I043", 11),
    ],
    "iam/msfidelis__msk-connector-s3__connector-execution-policy.json": [
        ("I040", 17),
        ("I040", 27),
        ("I040", 39),
    ],
    "iam/sitadconsulting__aws_infra__proj3-kafka-authorization-policy.json": [("I010", 10)],
    "iam/sitadconsulting__aws_infra__proj3-kafka-connect-iam-policy.json": [("I010", 37)],
    "iam/terraform-aws-modules__terraform-aws-msk-kafka-cluster__complete-cluster-policy.json": [],
    "iam/valentine-dev__aws-cloudformation__configuration-operations.json": [],
    "iam/vivek-pr__msk-iam-oneclick__ec2-client-mskaccess.json": [("I020", 10), ("I030", 19)],
}


def findings(path: Path, kind=None):
    try:
        documents = load_file(str(path), kind)
    except InputError as error:
        return error.message
    result = run_rules(documents, build_context(documents, ClusterContext()), Config())
    return codes_and_lines([f for f in result if f.rule.startswith("I")])


@pytest.mark.parametrize("name", sorted(GUIDE_EXAMPLES))
def test_guide_example(name):
    assert findings(GUIDE_DIR / name, "iam") == GUIDE_EXAMPLES[name]


def guide_code_blocks() -> list[tuple[int, list[str]]]:
    """(first content line, lines) of every fenced block of the guide."""
    lines = GUIDE.read_text(encoding="utf-8").split("\n")
    blocks, i = [], 0
    while i < len(lines):
        if lines[i].startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            blocks.append((i + 2, lines[i + 1 : j]))
            i = j
        i += 1
    return blocks


def test_every_guide_example_is_pinned_and_exact():
    files = sorted(p.name for p in GUIDE_DIR.glob("*.json"))
    assert files == sorted(GUIDE_EXAMPLES)
    blocks = guide_code_blocks()
    starts = [start for start, _ in blocks]
    for name in files:
        wanted = (GUIDE_DIR / name).read_text(encoding="utf-8").rstrip("\n")
        index = starts.index(int(re.match(r"L(\d+)", name).group(1)))
        # a sample is one block or several consecutive ones (a page break splits it); one starts with "{"
        candidates = [
            "\n".join(line for _, block in blocks[first : last + 1] for line in block).rstrip("\n")
            for first in (index - 1, index)
            for last in range(index, index + 5)
        ]
        assert wanted in candidates, name


@pytest.mark.parametrize("name", sorted(CORPUS_FINDINGS))
def test_corpus_file(name):
    assert findings(CORPUS / name) == CORPUS_FINDINGS[name]


def test_every_corpus_iam_file_is_pinned():
    assert {f"iam/{p.name}" for p in (CORPUS / "iam").glob("*.json")} <= set(CORPUS_FINDINGS)

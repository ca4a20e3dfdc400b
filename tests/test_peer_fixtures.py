"""Other linters' MSK fixtures (../shared/peer-fixtures: KICS, checkov, trivy, cfn-lint), each compared with
what its peer expects of it, concern by concern, and every msklint finding on them pinned after review.

Labels come from the peers' own conventions (SOURCE.md in each folder): KICS `positive*` files are
expected flagged and `negative*` clean; checkov resources named PASS/FAIL (the graph check: expected.yaml);
trivy's `good`/`bad` snippets (written to files here). The concern is the peer check's: public access,
encryption in transit, encryption at rest, broker logging. msklint's findings for each concern:

- public access: S004 (Security Hub MSK.4, opt-in group S, so the runs here select S);
- encryption in transit: C015 (a combination MSK refuses), C016 (plaintext), S001 (MSK.1, InCluster off);
- encryption at rest: C051 (the KMS key reference);
- broker logging: none. Neither the guide nor Security Hub's MSK controls (MSK.1-MSK.6) require broker logs;
  C022 checks only that an enabled destination is named.

Where msklint deliberately differs, NOTES says why (reviewed); the test fails if a note stops being true.
checkov's Terraform unit-test cases and tfsec's Go test snippets named in SOURCE.md are not in the folder
(only their record is), so they are not run.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from helpers import SHARED

from msklint.config import ClusterContext, Config
from msklint.engine import lint

PEERS = SHARED / "peer-fixtures"
CONCERN_CODES = {
    "public": {"S004"},
    "in-transit": {"C015", "C016", "S001"},
    "at-rest": {"C051"},
    "logging": set(),
}
FOLDER_CONCERNS = {
    "msk_broker_is_publicly_accessible": "public",
    "msk_cluster_encryption_disabled": "in-transit",
    "msk_cluster_logging_disabled": "logging",
    "CKV_AWS_291": "public",
    "CKV_AWS_81": "in-transit",
    "CKV_AWS_80": "logging",
    "AVD-AWS-0073": "in-transit",
    "AVD-AWS-0074": "logging",
    "AVD-AWS-0179": "at-rest",
}

NO_LOGGING_RULE = (
    "msklint does not require broker logs: neither the guide nor Security Hub's MSK controls do (C022 checks "
    "an enabled destination is named)"
)
MSK_DEFAULT_ENCRYPTION = (
    "no EncryptionInfo: MSK's defaults are ClientBroker TLS, InCluster true and encryption at rest under the "
    "AWS managed key, so the cluster is encrypted; the peer requires the block to be written"
)
# concern -> why msklint differs on every fixture the peer expects flagged for it (reviewed)
CONCERN_NOTES = {"logging": NO_LOGGING_RULE}
# (fixture, resource or "*") -> why msklint deliberately differs from the peer's label (reviewed)
NOTES = {
    ("kics/cloudFormation.msk_cluster_encryption_disabled/positive1.yaml", "*"): MSK_DEFAULT_ENCRYPTION,
    ("kics/cloudFormation.msk_cluster_encryption_disabled/positive4.json", "*"): MSK_DEFAULT_ENCRYPTION,
    (
        "checkov/CKV_AWS_81.MSKClusterEncryption.cloudformation/MSKClusterEncryption-FAIL.yaml",
        "MSKClusterFAILskip",
    ): (MSK_DEFAULT_ENCRYPTION),
    ("trivy/AVD-AWS-0179.enable_at_rest_encryption/bad-1.yaml", "*"): (
        "MSK always encrypts at rest, under the AWS managed key when no key is named (guide: Encryption at rest)"
    ),
    ("trivy/AVD-AWS-0179.enable_at_rest_encryption/bad-1.tf", "*"): (
        "an empty encryption_info: MSK encrypts at rest under the AWS managed key"
    ),
    ("trivy/AVD-AWS-0179.enable_at_rest_encryption/good-1.yaml", "*"): (
        "'foo-bar-key' names no KMS key (C051): the peer counts any value as encryption at rest"
    ),
    ("trivy/AVD-AWS-0179.enable_at_rest_encryption/good-1.tf", "*"): (
        "'foo-bar-key' names no KMS key (C051): the peer counts any value as encryption at rest"
    ),
}


def trivy_snippets(tmp: Path) -> list[Path]:
    """Each trivy good/bad snippet as its own file: good-N / bad-N, .yaml (CloudFormation) or .tf."""
    written = []
    for source in sorted(PEERS.glob("trivy/*/*.yaml")):
        cases = yaml.safe_load(source.read_text(encoding="utf-8"))
        for form, suffix in (("cloudformation", ".yaml"), ("terraform", ".tf")):
            for label in ("good", "bad"):
                for number, text in enumerate(cases.get(form, {}).get(label, []), 1):
                    path = tmp / "trivy" / source.parent.name / f"{label}-{number}{suffix}"
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(text + "\n", encoding="utf-8")
                    written.append(path)
    return written


def fixture_files() -> list[Path]:
    return sorted(
        p
        for p in PEERS.glob("*/*/*")
        if p.suffix in (".yaml", ".yml", ".json", ".tf")
        and p.parent.parent.name != "trivy"
        and not p.name.startswith(("positive_expected", "metadata", "expected"))
        and p.name != "MSKClusterLogging.yaml"  # checkov's test-only YAML policy, not a template
    )


def concern_of(path: Path) -> str | None:
    return next((c for key, c in FOLDER_CONCERNS.items() if key in path.parent.name), None)


def resource_labels(path: Path, name: str) -> dict[str, str]:
    """resource name (or "*" for the whole file) -> "fail" or "pass", by the peer's convention."""
    peer = path.parent.parent.name
    if peer in ("kics", "trivy"):
        return {"*": "fail" if name.startswith(("positive", "bad")) else "pass"}
    if peer == "checkov":
        expected = path.parent / "expected.yaml"
        if expected.is_file():
            data = yaml.safe_load(expected.read_text(encoding="utf-8"))
            return {r.split(".", 1)[1]: label for label in ("pass", "fail") for r in data[label]}
        text = path.read_text(encoding="utf-8")
        in_file = re.search(r"-(PASS|FAIL)\.", path.name)
        names = re.findall(r'^resource "aws_msk_cluster" "([\w-]+)"', text, re.M) or re.findall(
            r"^  (\w+):\n    Type: ['\"]?AWS::MSK::Cluster", text, re.M
        )
        if in_file:  # checkov's -PASS / -FAIL example files: every resource in them
            return dict.fromkeys(names, in_file.group(1).lower())
        return {n: "fail" if re.search("fail|bad", n, re.I) else "pass" for n in names}
    return {}  # cfn-lint: its label is about a Lambda event source mapping, not MSK


def belongs(target: str, resource: str) -> bool:
    return (
        resource == "*"
        or f"/Resources/{resource}/" in target + "/"
        or f"/aws_msk_cluster/{resource}/" in target + "/"
    )


def run(path: Path):
    result = lint(
        [str(path)], Config(select=("ALL",), rule_options={"C012": {"today": "2024-07-01"}}), ClusterContext()
    )
    assert result.errors == []
    return result.findings


def cases(tmp: Path):
    for path in fixture_files() + trivy_snippets(tmp):
        root = tmp if tmp in path.parents else PEERS
        yield path.relative_to(root).as_posix(), path


@pytest.fixture(scope="module")
def peer_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("trivy")
    return {name: (path, run(path)) for name, path in cases(tmp)}


def comparisons(peer_runs):
    for name, (path, findings) in sorted(peer_runs.items()):
        concern = concern_of(path)
        if concern is None:
            continue
        for resource, label in resource_labels(path, Path(name).stem).items():
            flagged = any(f.rule in CONCERN_CODES[concern] and belongs(f.target, resource) for f in findings)
            yield name, resource, concern, label, flagged


def test_every_peer_fixture_is_read_and_labelled(peer_runs):
    assert len(peer_runs) == 57  # 43 fixture files and 14 trivy snippets
    labelled = {name for name, *_ in comparisons(peer_runs)}
    unlabelled = sorted(set(peer_runs) - labelled)
    assert unlabelled == [  # cfn-lint's pair tests a Lambda rule, E3017: no MSK label
        "cfn-lint/required_based_on_value.bad/required_based_on_value.yaml",
        "cfn-lint/required_based_on_value.good/required_based_on_value.yaml",
    ]


def test_msklint_agrees_with_each_peer_label_or_a_note_says_why(peer_runs):
    unexplained, stale = [], []
    for name, resource, concern, label, flagged in comparisons(peer_runs):
        agrees = flagged == (label == "fail")
        note = NOTES.get((name, resource)) or NOTES.get((name, "*"))
        if note is None and label == "fail":
            note = CONCERN_NOTES.get(concern)
        if not agrees and note is None:
            unexplained.append((name, resource, concern, label))
        if agrees and note is not None:
            stale.append((name, resource, concern, label))
    assert unexplained == []
    assert stale == []


# Every finding of a run with every rule (S included), reviewed: placeholders the peers leave in
# (ReplaceWith..., "String") are C030/C023/C051/C052 errors; snippets without the required members are C001;
# clusters without client authentication get C050 and, with S, S006 and S002 (monitoring DEFAULT). Version
# and broker-size findings (C002, C010-C012) follow MSK's current facts, kept elsewhere: not pinned here.
UNPINNED = {"C002", "C010", "C011", "C012"}
# the cluster rules there were when the pins were reviewed (rules added later are not judged here)
REVIEWED = {f"C{n:03d}" for n in (*range(1, 33), 50, 51, 52)} | {f"S{n:03d}" for n in range(1, 7)}
PINNED = {
    "cfn-lint/required_based_on_value.bad/required_based_on_value.yaml": [
        ("C050", 24),
        ("S002", 24),
        ("S006", 24),
        ("C003", 28),
        ("C030", 28),
    ],
    "cfn-lint/required_based_on_value.good/required_based_on_value.yaml": [
        ("C050", 11),
        ("S002", 11),
        ("S006", 11),
        ("C003", 15),
        ("C030", 15),
    ],
    "checkov/CKV_AWS_291.MSKClusterNodesArePrivate.cloudformation/MSKClusterNodesArePrivate-FAIL.yaml": [
        ("S002", 5),
        ("S006", 5),
        ("C029", 13),
        ("C018", 20),
        ("C018", 20),
        ("S004", 20),
        ("C023", 22),
        ("C023", 23),
        ("C021", 32),
        ("S006", 42),
        ("C001", 43),
        ("C003", 45),
        ("C030", 45),
        ("C018", 48),
        ("C018", 48),
        ("S004", 48),
        ("C030", 51),
        ("S002", 53),
    ],
    "checkov/CKV_AWS_291.MSKClusterNodesArePrivate.cloudformation/MSKClusterNodesArePrivate-PASS.yaml": [
        ("C050", 5),
        ("S002", 5),
        ("S006", 5),
        ("C029", 13),
        ("C023", 22),
        ("C023", 23),
        ("C021", 32),
        ("C050", 41),
        ("S002", 41),
        ("S006", 41),
        ("C029", 49),
        ("C023", 55),
        ("C023", 56),
        ("C021", 65),
    ],
    "checkov/CKV_AWS_291.MSKClusterNodesArePrivate.terraform/main.tf": [
        ("S002", 1),
        ("C029", 11),
        ("C023", 28),
        ("C023", 29),
        ("C021", 39),
        ("S002", 55),
        ("C029", 65),
        ("C023", 77),
        ("C023", 78),
        ("C021", 88),
        ("S002", 104),
        ("C029", 114),
        ("C017", 121),
        ("C020", 121),
        ("S004", 121),
        ("C023", 131),
        ("C023", 132),
        ("C021", 142),
    ],
    "checkov/CKV_AWS_80.MSKClusterLogging.cloudformation-graph/template.yaml": [
        ("C050", 6),
        ("S002", 6),
        ("S006", 6),
        ("C030", 12),
        ("C030", 13),
        ("C030", 14),
        ("C001", 16),
        ("C050", 21),
        ("S002", 21),
        ("S006", 21),
        ("C030", 27),
        ("C030", 28),
        ("C030", 29),
        ("C050", 37),
        ("S002", 37),
        ("S006", 37),
        ("C030", 43),
        ("C030", 44),
        ("C030", 45),
        ("C022", 49),
        ("C050", 53),
        ("S002", 53),
        ("S006", 53),
        ("C030", 59),
        ("C030", 60),
        ("C030", 61),
        ("C022", 65),
        ("C050", 69),
        ("S002", 69),
        ("S006", 69),
        ("C030", 75),
        ("C030", 76),
        ("C030", 77),
        ("C022", 81),
        ("C050", 85),
        ("S002", 85),
        ("S006", 85),
        ("C030", 91),
        ("C030", 92),
        ("C030", 93),
        ("C022", 97),
        ("C022", 99),
        ("C022", 101),
    ],
    "checkov/CKV_AWS_80.MSKClusterLogging.cloudformation/MSKClusterNodesArePrivate-FAIL.yaml": [
        ("S002", 5),
        ("S006", 5),
        ("C029", 13),
        ("C018", 20),
        ("C018", 20),
        ("S004", 20),
        ("C023", 22),
        ("C023", 23),
        ("C021", 32),
        ("S002", 41),
        ("S006", 41),
        ("C029", 49),
        ("C018", 56),
        ("C018", 56),
        ("S004", 56),
        ("C023", 58),
        ("C023", 59),
        ("C021", 68),
    ],
    "checkov/CKV_AWS_80.MSKClusterLogging.cloudformation/MSKClusterNodesArePrivate-PASS.yaml": [
        ("C050", 5),
        ("S006", 5),
        ("C003", 7),
        ("C030", 7),
        ("S002", 10),
        ("C050", 30),
        ("S006", 30),
        ("C003", 32),
        ("C030", 32),
        ("S002", 35),
    ],
    "checkov/CKV_AWS_81.MSKClusterEncryption.cloudformation/MSKClusterEncryption-FAIL.yaml": [
        ("S002", 5),
        ("S006", 5),
        ("C029", 13),
        ("C018", 20),
        ("C018", 20),
        ("S004", 20),
        ("C023", 22),
        ("C023", 23),
        ("C021", 26),
        ("S002", 35),
        ("S006", 35),
        ("C029", 43),
        ("C018", 50),
        ("C018", 50),
        ("S004", 50),
        ("C023", 52),
        ("C023", 53),
        ("C016", 58),
        ("C018", 58),
        ("C021", 62),
    ],
    "checkov/CKV_AWS_81.MSKClusterEncryption.cloudformation/MSKClusterEncryption-PASS.yaml": [
        ("S002", 5),
        ("S006", 5),
        ("C029", 13),
        ("C018", 20),
        ("C018", 20),
        ("S004", 20),
        ("C023", 22),
        ("C023", 23),
        ("C021", 32),
    ],
    "kics/cloudFormation.msk_broker_is_publicly_accessible/negative1.yaml": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C030", 13),
        ("C030", 14),
        ("C030", 15),
    ],
    "kics/cloudFormation.msk_broker_is_publicly_accessible/negative2.json": [
        ("C050", 6),
        ("S002", 6),
        ("S006", 6),
        ("C030", 9),
        ("C030", 10),
        ("C030", 11),
    ],
    "kics/cloudFormation.msk_broker_is_publicly_accessible/positive1.yaml": [
        ("S002", 7),
        ("S006", 7),
        ("C018", 8),
        ("C030", 13),
        ("C030", 14),
        ("C030", 15),
        ("C018", 18),
        ("C018", 18),
        ("S004", 18),
    ],
    "kics/cloudFormation.msk_broker_is_publicly_accessible/positive2.json": [
        ("S002", 6),
        ("S006", 6),
        ("C030", 9),
        ("C030", 10),
        ("C030", 11),
        ("C018", 15),
        ("C018", 15),
        ("S004", 15),
        ("C018", 21),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/negative1.yaml": [
        ("S002", 9),
        ("C051", 12),
        ("C023", 23),
        ("C052", 28),
        ("C030", 36),
        ("C030", 41),
        ("C030", 42),
        ("C030", 43),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/negative2.yaml": [
        ("S002", 9),
        ("C051", 12),
        ("C023", 22),
        ("C052", 27),
        ("C030", 35),
        ("C030", 40),
        ("C030", 41),
        ("C030", 42),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/negative3.json": [
        ("S002", 10),
        ("C051", 13),
        ("C023", 31),
        ("C052", 37),
        ("C030", 49),
        ("C030", 57),
        ("C030", 58),
        ("C030", 59),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/negative4.json": [
        ("S002", 10),
        ("C051", 13),
        ("C023", 30),
        ("C052", 36),
        ("C030", 48),
        ("C030", 56),
        ("C030", 57),
        ("C030", 58),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/positive1.yaml": [
        ("S002", 9),
        ("C023", 17),
        ("C052", 22),
        ("C030", 30),
        ("C030", 35),
        ("C030", 36),
        ("C030", 37),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/positive2.yaml": [
        ("S002", 9),
        ("C051", 12),
        ("C015", 14),
        ("C023", 22),
        ("C052", 27),
        ("C030", 35),
        ("C030", 40),
        ("C030", 41),
        ("C030", 42),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/positive3.yaml": [
        ("S002", 9),
        ("C051", 12),
        ("C015", 14),
        ("S001", 14),
        ("C023", 22),
        ("C052", 27),
        ("C030", 35),
        ("C030", 40),
        ("C030", 41),
        ("C030", 42),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/positive4.json": [
        ("S002", 10),
        ("C023", 22),
        ("C052", 28),
        ("C030", 40),
        ("C030", 48),
        ("C030", 49),
        ("C030", 50),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/positive5.json": [
        ("S002", 10),
        ("C051", 13),
        ("C015", 16),
        ("C023", 30),
        ("C052", 36),
        ("C030", 48),
        ("C030", 56),
        ("C030", 57),
        ("C030", 58),
    ],
    "kics/cloudFormation.msk_cluster_encryption_disabled/positive6.json": [
        ("S002", 10),
        ("C051", 13),
        ("C015", 16),
        ("S001", 16),
        ("C023", 30),
        ("C052", 36),
        ("C030", 48),
        ("C030", 56),
        ("C030", 57),
        ("C030", 58),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/negative1.yaml": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C030", 18),
        ("C030", 19),
        ("C030", 20),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/negative2.yaml": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C022", 15),
        ("C001", 16),
        ("C030", 21),
        ("C030", 22),
        ("C030", 23),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/negative3.json": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C030", 22),
        ("C030", 23),
        ("C030", 24),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/negative4.json": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C022", 16),
        ("C001", 18),
        ("C030", 26),
        ("C030", 27),
        ("C030", 28),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/negative5.yaml": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C022", 15),
        ("C001", 16),
        ("C030", 21),
        ("C030", 22),
        ("C030", 23),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/positive1.yaml": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C030", 13),
        ("C030", 14),
        ("C030", 15),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/positive2.yaml": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C001", 16),
        ("C001", 19),
        ("C030", 24),
        ("C030", 25),
        ("C030", 26),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/positive3.yaml": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C030", 18),
        ("C030", 19),
        ("C030", 20),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/positive4.json": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C030", 14),
        ("C030", 15),
        ("C030", 16),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/positive5.json": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C001", 18),
        ("C001", 22),
        ("C030", 30),
        ("C030", 31),
        ("C030", 32),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/positive6.json": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C030", 22),
        ("C030", 23),
        ("C030", 24),
    ],
    "kics/cloudFormation.msk_cluster_logging_disabled/positive7.yaml": [
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C001", 16),
        ("C001", 19),
        ("C030", 24),
        ("C030", 25),
        ("C030", 26),
    ],
    "kics/terraform.msk_broker_is_publicly_accessible/negative1.tf": [("C050", 1), ("S002", 1), ("S006", 1)],
    "kics/terraform.msk_broker_is_publicly_accessible/negative2.tf": [("C050", 1), ("S002", 1), ("S006", 1)],
    "kics/terraform.msk_broker_is_publicly_accessible/positive1.tf": [
        ("S002", 1),
        ("S006", 1),
        ("C017", 9),
        ("C018", 9),
        ("C018", 9),
        ("S004", 9),
    ],
    "kics/terraform.msk_cluster_encryption_disabled/negative.tf": [
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C050", 1),
        ("S002", 1),
        ("S006", 1),
        ("C001", 7),
        ("C001", 7),
        ("C001", 7),
        ("C001", 7),
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C001", 17),
        ("C001", 17),
        ("C001", 17),
        ("C001", 17),
        ("C050", 17),
        ("S002", 17),
        ("S006", 17),
        ("C001", 26),
        ("C001", 26),
        ("C001", 26),
        ("C001", 26),
        ("C050", 26),
        ("S002", 26),
        ("S006", 26),
    ],
    "kics/terraform.msk_cluster_encryption_disabled/positive.tf": [
        ("C001", 1),
        ("C050", 1),
        ("S002", 1),
        ("S006", 1),
        ("C001", 7),
        ("C050", 7),
        ("S002", 7),
        ("S006", 7),
        ("C016", 14),
        ("C001", 19),
        ("C050", 19),
        ("S002", 19),
        ("S006", 19),
        ("C016", 26),
        ("S001", 26),
        ("C001", 31),
        ("C050", 31),
        ("S002", 31),
        ("S006", 31),
        ("C016", 38),
        ("C016", 39),
        ("S001", 39),
    ],
    "kics/terraform.msk_cluster_logging_disabled/negative.tf": [
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C050", 1),
        ("S002", 1),
        ("S006", 1),
    ],
    "kics/terraform.msk_cluster_logging_disabled/positive.tf": [
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C050", 1),
        ("S002", 1),
        ("S006", 1),
        ("C001", 8),
        ("C001", 15),
        ("C001", 15),
        ("C001", 15),
        ("C001", 15),
        ("C050", 15),
        ("S002", 15),
        ("S006", 15),
    ],
    "trivy/AVD-AWS-0073.enable_in_transit_encryption/bad-1.tf": [
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C050", 1),
        ("S002", 1),
        ("S006", 1),
        ("C016", 4),
    ],
    "trivy/AVD-AWS-0073.enable_in_transit_encryption/bad-1.yaml": [
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C050", 5),
        ("S002", 5),
        ("S006", 5),
        ("C016", 7),
    ],
    "trivy/AVD-AWS-0073.enable_in_transit_encryption/good-1.tf": [
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C050", 1),
        ("S002", 1),
        ("S006", 1),
    ],
    "trivy/AVD-AWS-0073.enable_in_transit_encryption/good-1.yaml": [
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C050", 5),
        ("S002", 5),
        ("S006", 5),
    ],
    "trivy/AVD-AWS-0074.enable_logging/bad-1.tf": [("C050", 1), ("S002", 1), ("S006", 1), ("C003", 9)],
    "trivy/AVD-AWS-0074.enable_logging/bad-1.yaml": [
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C050", 5),
        ("S002", 5),
        ("S006", 5),
    ],
    "trivy/AVD-AWS-0074.enable_logging/good-1.tf": [("C050", 1), ("S002", 1), ("S006", 1), ("C003", 9)],
    "trivy/AVD-AWS-0074.enable_logging/good-1.yaml": [
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C050", 5),
        ("S002", 5),
        ("S006", 5),
        ("C022", 8),
    ],
    "trivy/AVD-AWS-0074.enable_logging/good-2.tf": [("C050", 1), ("S002", 1), ("S006", 1), ("C003", 9)],
    "trivy/AVD-AWS-0074.enable_logging/good-3.tf": [("C050", 1), ("S002", 1), ("S006", 1), ("C003", 9)],
    "trivy/AVD-AWS-0179.enable_at_rest_encryption/bad-1.tf": [
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C050", 1),
        ("S002", 1),
        ("S006", 1),
    ],
    "trivy/AVD-AWS-0179.enable_at_rest_encryption/bad-1.yaml": [
        ("C001", 3),
        ("C001", 3),
        ("C001", 3),
        ("C001", 3),
        ("C050", 3),
        ("S002", 3),
        ("S006", 3),
    ],
    "trivy/AVD-AWS-0179.enable_at_rest_encryption/good-1.tf": [
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C001", 1),
        ("C050", 1),
        ("S002", 1),
        ("S006", 1),
        ("C051", 3),
    ],
    "trivy/AVD-AWS-0179.enable_at_rest_encryption/good-1.yaml": [
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C001", 5),
        ("C050", 5),
        ("S002", 5),
        ("S006", 5),
        ("C051", 7),
    ],
}


def test_every_finding_on_the_peer_fixtures_is_the_reviewed_one(peer_runs):
    found = {
        name: [(f.rule, f.line) for f in findings if f.rule in REVIEWED - UNPINNED]
        for name, (_, findings) in peer_runs.items()
    }
    assert found == PINNED

"""msklint vs cfn-lint and checkov on the corpus cluster definitions: which MSK problems each finds, file by file.

Usage: python tools/compare_iac_linters.py [--checkov PATH] [--time N] | --probe
  cfn-lint is a dev dependency; checkov is not (install it in a separate virtualenv and pass its `checkov`).
  --time N also runs each tool's command line N times per file and reports the fastest wall time (what a
  user waits, start-up included; the fastest run is the one least disturbed by other load).
  --probe runs msklint and cfn-lint on templates that each break one constraint of cfn-lint's MSK schemas.
Prints a Markdown table; tests/test_iac_comparison.py pins the msklint and cfn-lint columns of both.

Columns list the distinct rule ids each tool reports on MSK resources (`AWS::MSK::*`, `aws_msk_*`):
cfn-lint runs on CloudFormation templates only; checkov runs all its CloudFormation and Terraform checks
(`--framework cloudformation terraform`) and only its failures on MSK resources are shown. msklint's column
leaves out info findings and includes the IAM and broker-configuration findings inside a template.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TODAY = "2024-07-01"  # C012 (end of support) fixed, as tests/test_cluster_corpus.py does


def is_cloudformation(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return "AWSTemplateFormatVersion" in text or '"Resources"' in text or "\nResources:" in text


def corpus_files() -> list[Path]:
    templates = [p for p in sorted((CORPUS / "cluster").iterdir()) if is_cloudformation(p)]
    return templates + sorted((CORPUS / "terraform").glob("*.tf"))


def msklint_codes(path: Path) -> list[str]:
    from msklint.config import ClusterContext, Config
    from msklint.engine import lint

    result = lint([str(path)], Config(rule_options={"C012": {"today": TODAY}}), ClusterContext())
    if result.errors:
        return [f"cannot load ({result.errors[0]})"]
    return sorted({f.rule for f in result.findings if f.severity != "info"})


def msk_resource_names(path: Path) -> set[str]:
    from cfnlint.decode import decode

    template, _ = decode(str(path))
    resources = (template or {}).get("Resources", {})
    return {name for name, body in resources.items() if str(body.get("Type", "")).startswith("AWS::MSK::")}


def cfn_lint_ids(path: Path) -> list[str] | None:
    """cfn-lint's rule ids on MSK resources of a CloudFormation template; None for other files."""
    if path.suffix == ".tf":
        return None
    from cfnlint.api import lint_file

    msk = msk_resource_names(path)
    matches = lint_file(path)
    return sorted({m.rule.id for m in matches if m.path[:1] == ["Resources"] and m.path[1] in msk})


def checkov_ids(checkov: str, path: Path) -> list[str]:
    """checkov's failed check ids on MSK resources (all checks run, results filtered to MSK)."""
    completed = subprocess.run(
        checkov_command(checkov, path),
        capture_output=True,
        text=True,
        env={**os.environ, "BC_SKIP_MAPPING": "TRUE"},  # no network look-up of guideline ids
        timeout=300,
    )
    reports = json.loads(completed.stdout)
    failed = set()
    for report in reports if isinstance(reports, list) else [reports]:
        for check in report.get("results", {}).get("failed_checks", []):
            if check["resource"].startswith(("AWS::MSK::", "aws_msk_")):
                failed.add(check["check_id"])
    return sorted(failed)


def checkov_command(checkov: str, path: Path) -> list[str]:
    frameworks = ["--framework", "cloudformation", "terraform"]
    return [checkov, "-f", str(path), *frameworks, "-o", "json", "--quiet", "--compact", "--skip-download"]


def wall_time(command: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        env = {**os.environ, "BC_SKIP_MAPPING": "TRUE"}
        subprocess.run(command, capture_output=True, env=env, timeout=300, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def timings(path: Path, checkov: str | None, runs: int) -> tuple[float, float | None, float | None]:
    """Fastest of `runs` wall times of each tool's command line on one file, start-up included."""
    bin_dir = Path(sys.executable).parent
    ours = wall_time([str(bin_dir / "msklint"), "check", str(path)], runs)
    cfn = None if path.suffix == ".tf" else wall_time([str(bin_dir / "cfn-lint"), "--", str(path)], runs)
    theirs = wall_time(checkov_command(checkov, path), runs) if checkov else None
    return ours, cfn, theirs


def table(checkov: str | None = None) -> list[tuple[str, list[str], list[str] | None, list[str] | None]]:
    return [
        (
            f"{p.parent.name}/{p.name}",
            msklint_codes(p),
            cfn_lint_ids(p),
            checkov_ids(checkov, p) if checkov else None,
        )
        for p in corpus_files()
    ]


# Probe: one template per constraint cfn-lint's MSK resource schemas state (listed from cfn-lint 1.51.0's
# schemas for AWS::MSK::Cluster, ServerlessCluster and Configuration), each breaking one of them.
PROBE_BASE = {
    "Cluster": {
        "Type": "AWS::MSK::Cluster",
        "Properties": {
            "ClusterName": "probe",
            "KafkaVersion": "3.6.0",
            "NumberOfBrokerNodes": 3,
            "BrokerNodeGroupInfo": {
                "InstanceType": "kafka.m5.large",
                "ClientSubnets": ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"],
                "StorageInfo": {"EBSStorageInfo": {"VolumeSize": 100}},
            },
            "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": True}}},
        },
    },
    "Serverless": {
        "Type": "AWS::MSK::ServerlessCluster",
        "Properties": {
            "ClusterName": "probe-serverless",
            "VpcConfigs": [{"SubnetIds": ["subnet-0000000a", "subnet-0000000b"]}],
            "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": True}}},
        },
    },
    "Configuration": {
        "Type": "AWS::MSK::Configuration",
        "Properties": {"Name": "probe", "ServerProperties": "auto.create.topics.enable=false\n"},
    },
}
DELETE = object()
C, S = "Cluster/Properties/", "Serverless/Properties/"
BROKERS = C + "BrokerNodeGroupInfo/"
PROBES = [
    ("compliant", "", None),
    ("cluster name 65 characters", C + "ClusterName", "x" * 65),
    ("cluster name missing", C + "ClusterName", DELETE),
    ("Kafka version missing", C + "KafkaVersion", DELETE),
    ("Kafka version empty", C + "KafkaVersion", ""),
    ("0 brokers", C + "NumberOfBrokerNodes", 0),
    ("client subnets missing", BROKERS + "ClientSubnets", DELETE),
    ("instance type 2 characters", BROKERS + "InstanceType", "m5"),
    ("volume 0 GiB", BROKERS + "StorageInfo/EBSStorageInfo/VolumeSize", 0),
    ("volume 20000 GiB", BROKERS + "StorageInfo/EBSStorageInfo/VolumeSize", 20000),
    ("BrokerAZDistribution OTHER", BROKERS + "BrokerAZDistribution", "OTHER"),
    ("security group not sg-", BROKERS + "SecurityGroups", ["sg-xyz"]),
    ("PublicAccess Type X", BROKERS + "ConnectivityInfo", {"PublicAccess": {"Type": "X"}}),
    ("NetworkType IPV6", BROKERS + "ConnectivityInfo", {"NetworkType": "IPV6"}),
    ("EnhancedMonitoring BOGUS", C + "EnhancedMonitoring", "BOGUS"),
    ("StorageMode lower case", C + "StorageMode", "tiered"),
    ("Rebalancing Status ON", C + "Rebalancing", {"Status": "ON"}),
    ("ClientBroker SSL", C + "EncryptionInfo", {"EncryptionInTransit": {"ClientBroker": "SSL"}}),
    ("EncryptionAtRest without key", C + "EncryptionInfo", {"EncryptionAtRest": {}}),
    ("Sasl Iam without Enabled", C + "ClientAuthentication", {"Sasl": {"Iam": {}}}),
    ("ConfigurationInfo without Revision", C + "ConfigurationInfo", {"Arn": "arn:aws:kafka:::x"}),
    ("LoggingInfo without BrokerLogs", C + "LoggingInfo", {}),
    ("CloudWatchLogs without Enabled", C + "LoggingInfo", {"BrokerLogs": {"CloudWatchLogs": {}}}),
    ("OpenMonitoring without Prometheus", C + "OpenMonitoring", {}),
    ("JmxExporter without EnabledInBroker", C + "OpenMonitoring", {"Prometheus": {"JmxExporter": {}}}),
    ("serverless name 65 characters", S + "ClusterName", "y" * 65),
    ("serverless without ClientAuthentication", S + "ClientAuthentication", DELETE),
    ("serverless Iam without Enabled", S + "ClientAuthentication", {"Sasl": {"Iam": {}}}),
    ("serverless VpcConfig without SubnetIds", S + "VpcConfigs", [{}]),
    ("configuration without Name", "Configuration/Properties/Name", DELETE),
    ("configuration without ServerProperties", "Configuration/Properties/ServerProperties", DELETE),
]


def probe_template(path: str, value) -> str:
    import copy

    resources = copy.deepcopy(PROBE_BASE)
    if path:
        *parents, last = path.split("/")
        holder = resources
        for part in parents:
            holder = holder[part]
        if value is DELETE:
            del holder[last]
        else:
            holder[last] = value
    return json.dumps({"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}, indent=1)


def probe_table() -> list[tuple[str, list[str], list[str]]]:
    """(probe, msklint codes, cfn-lint ids) for each probe template."""
    import tempfile

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, path, value in PROBES:
            template = Path(folder) / "template.json"
            template.write_text(probe_template(path, value), encoding="utf-8")
            rows.append((name, msklint_codes(template), cfn_lint_ids(template)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkov", metavar="PATH", help="the checkov executable (not a project dependency)")
    parser.add_argument(
        "--time", type=int, metavar="N", help="also time each tool's command line (best of N)"
    )
    parser.add_argument("--probe", action="store_true", help="the schema probe instead of the corpus")
    args = parser.parse_args()
    if args.probe:
        print("| probe: one constraint of cfn-lint's MSK schemas broken | msklint | cfn-lint |")
        print("|---|---|---|")
        for name, ours, cfn in probe_table():
            print(f"| {name} | {', '.join(ours) or '—'} | {', '.join(cfn) or '—'} |")
        return 0
    show = lambda v: "n/a" if v is None else (", ".join(v) or "—")  # noqa: E731
    seconds = lambda v: "n/a" if v is None else f"{v:.2f}"  # noqa: E731
    header = "| file | msklint | cfn-lint | checkov |"
    print(header + (" msklint s | cfn-lint s | checkov s |" if args.time else ""))
    print("|---" * (7 if args.time else 4) + "|")
    for name, ours, cfn, theirs in table(args.checkov):
        row = f"| `{name}` | {show(ours)} | {show(cfn)} | {show(theirs)} |"
        if args.time:
            row += (
                " " + " | ".join(seconds(t) for t in timings(CORPUS / name, args.checkov, args.time)) + " |"
            )
        print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

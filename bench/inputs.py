"""Benchmark inputs, generated deterministically (same seed, same bytes) from the shapes of `examples/` and
`../shared/corpus/`.

    python bench/inputs.py DIR [--files 10000] [--iam 2000]   # write the sets, print their sizes

- `mixed(folder, n)`: a quarter each of broker properties, topic YAML, IAM policy JSON and create-cluster
  JSON. Each file is a real seed file (corpus or example) with names, numbers and statements varied, so
  sizes follow the seeds': properties 0.1–1 KB, topic YAML 0.1–3 KB, IAM 0.2–3 KB, cluster JSON 0.2–1.2 KB.
- `iam(folder, n)`: IAM policies only (the 2,000-policy run of issue 15).
- `cloudformation(folder)`: the CloudFormation MSK templates of the corpus and the example, copied as is.
- `COLD`: one file per input kind for the cold-start runs.
"""

from __future__ import annotations

import copy
import json
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = 15  # issue 15

# one file per input kind: what a pre-commit hook run on one changed file costs
COLD = {
    "broker properties": EXAMPLES / "broker" / "good.properties",
    "topic YAML": EXAMPLES / "topics" / "good" / "topics.yaml",
    "IAM policy JSON": EXAMPLES / "iam" / "good.json",
    "create-cluster JSON": EXAMPLES / "cluster" / "good-create-cluster.json",
    "CloudFormation YAML": EXAMPLES / "cluster" / "good-cloudformation.yaml",
    "Terraform .tf": EXAMPLES / "cluster" / "bad-terraform.tf",
    "worker properties": EXAMPLES / "cluster" / "good.worker.properties",
}

KAFKA_VERSIONS = ["2.8.1", "3.5.1", "3.6.0", "3.7.x", "3.7.x.kraft", "3.8.x", "3.9.x"]
INSTANCE_TYPES = [
    "kafka.m5.large",
    "kafka.m5.xlarge",
    "kafka.m5.4xlarge",
    "kafka.m7g.large",
    "kafka.m7g.2xlarge",
]
ACCOUNT = re.compile(r"\b\d{12}\b")


def _properties_seeds() -> list[str]:
    paths = [
        *sorted((CORPUS / "properties").glob("*.properties")),
        EXAMPLES / "broker" / "good.properties",
        EXAMPLES / "broker" / "bad.properties",
    ]
    return [p.read_text(encoding="utf-8") for p in paths]


def _iam_statements() -> list[dict]:
    statements = []
    for path in sorted((CORPUS / "iam").glob("*.json")) + sorted((EXAMPLES / "iam").glob("*.json")):
        try:
            policy = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue  # a fragment, not a policy
        found = policy.get("Statement", []) if isinstance(policy, dict) else []
        statements.extend(found if isinstance(found, list) else [found])
    # standalone policy files: no CloudFormation intrinsics ({"Ref": …} where IAM wants a string), which
    # Parliament 1.6.4 cannot read (TypeError) and which only occur inside templates
    return [s for s in statements if isinstance(s, dict) and not re.search(r'"(Ref|Fn::\w+)"', json.dumps(s))]


def _cluster_seeds() -> list[dict]:
    paths = [
        EXAMPLES / "cluster" / "good-create-cluster.json",
        EXAMPLES / "cluster" / "bad-create-cluster.json",
    ]
    paths += sorted((CORPUS / "cluster").glob("*clusterinfo.json"))
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def _topic_seeds() -> tuple[list[dict], list[dict], list[dict]]:
    """Topic entries of msklint's own format, Strimzi KafkaTopic documents, topicctl documents."""
    own, strimzi, topicctl = [], [], []
    paths = sorted(EXAMPLES.glob("topics/**/*.yaml")) + sorted((CORPUS / "topics").glob("*.yaml"))
    for path in paths:
        try:
            documents = list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
        except yaml.YAMLError:
            continue  # CloudFormation (!Ref): not a topic file format
        for document in documents:
            if not isinstance(document, dict):
                continue
            if isinstance(document.get("topics"), list):
                own.extend(t for t in document["topics"] if isinstance(t, dict))
            elif document.get("kind") == "KafkaTopic":
                strimzi.append(document)
            elif "meta" in document and "spec" in document:
                topicctl.append(document)
    return own, strimzi, topicctl


def _vary_properties(rng: random.Random, text: str, i: int) -> str:
    lines = [f"# bench broker configuration {i}"]
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and value.strip().isdigit() and rng.random() < 0.3:
            line = f"{key}={int(value) * rng.choice((1, 2, 3))}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _iam_policy(rng: random.Random, pool: list[dict], i: int) -> str:
    count = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6))
    account = f"{100000000000 + i * 7919:012d}"
    statements = [json.loads(ACCOUNT.sub(account, json.dumps(rng.choice(pool)))) for _ in range(count)]
    return json.dumps({"Version": "2012-10-17", "Statement": statements}, indent=rng.choice((2, 4))) + "\n"


def _cluster(rng: random.Random, seeds: list[dict], i: int) -> str:
    cluster = copy.deepcopy(rng.choice(seeds))
    cluster["ClusterName"] = f"{cluster.get('ClusterName', 'cluster')}-{i}"
    cluster["KafkaVersion"] = rng.choice(KAFKA_VERSIONS)
    nodes = cluster.get("BrokerNodeGroupInfo")
    if isinstance(nodes, dict):
        nodes["InstanceType"] = rng.choice(INSTANCE_TYPES)
        zones = len(nodes.get("ClientSubnets") or []) or 3
        cluster["NumberOfBrokerNodes"] = zones * rng.choice((1, 1, 2, 3))
    return json.dumps(cluster, indent=rng.choice((2, 4))) + "\n"


def _topics(rng: random.Random, seeds: tuple[list[dict], list[dict], list[dict]], i: int) -> str:
    own, strimzi, topicctl = seeds
    form = rng.choices(("own", "strimzi", "topicctl"), weights=(5, 3, 2))[0]
    if form == "own":
        topics = []
        for j in range(rng.choice((1, 2, 3, 4, 6, 8, 12))):
            topic = copy.deepcopy(rng.choice(own))
            topic["name"] = f"{topic.get('name', 'topic')}-{i}-{j}"
            if isinstance(topic.get("partitions"), int):
                topic["partitions"] = rng.choice((1, 3, 6, 12, 24, 48))
            topics.append(topic)
        return yaml.safe_dump({"topics": topics}, sort_keys=False)
    if form == "strimzi":
        documents = []
        for j in range(rng.choice((1, 1, 2, 3, 4))):
            document = copy.deepcopy(rng.choice(strimzi))
            document["metadata"]["name"] = f"{document['metadata'].get('name', 'topic')}-{i}-{j}"
            documents.append(document)
        return yaml.safe_dump_all(documents, sort_keys=False)
    document = copy.deepcopy(rng.choice(topicctl))
    document["meta"]["name"] = f"{document['meta'].get('name', 'topic')}-{i}"
    document["spec"]["partitions"] = rng.choice((3, 6, 12, 24))
    return yaml.safe_dump(document, sort_keys=False)


def _fresh(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def mixed(folder: Path, n: int = 10_000) -> Path:
    """n files, a quarter of each kind, interleaved; same seed → same files."""
    folder = _fresh(folder)
    rng = random.Random(SEED)
    properties, statements, clusters, topics = (
        _properties_seeds(),
        _iam_statements(),
        _cluster_seeds(),
        _topic_seeds(),
    )
    for i in range(n):
        kind = i % 4
        if kind == 0:
            name, text = f"broker-{i:05d}.properties", _vary_properties(rng, rng.choice(properties), i)
        elif kind == 1:
            name, text = f"topics-{i:05d}.yaml", _topics(rng, topics, i)
        elif kind == 2:
            name, text = f"policy-{i:05d}.json", _iam_policy(rng, statements, i)
        else:
            name, text = f"cluster-{i:05d}.json", _cluster(rng, clusters, i)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def iam(folder: Path, n: int = 2_000) -> Path:
    folder = _fresh(folder)
    rng = random.Random(SEED + 1)
    statements = _iam_statements()
    for i in range(n):
        (folder / f"policy-{i:05d}.json").write_text(_iam_policy(rng, statements, i), encoding="utf-8")
    return folder


def is_cloudformation(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return "AWSTemplateFormatVersion" in text or '"Resources"' in text or "\nResources:" in text


def cloudformation(folder: Path) -> Path:
    folder = _fresh(folder)
    templates = [p for p in sorted((CORPUS / "cluster").iterdir()) if is_cloudformation(p)]
    for path in [*templates, COLD["CloudFormation YAML"]]:
        shutil.copy(path, folder / path.name)
    return folder


def describe(folder: Path) -> str:
    sizes = sorted(p.stat().st_size for p in folder.iterdir())
    total = sum(sizes)
    return f"{len(sizes)} files, {total / 1e6:.1f} MB, median {sizes[len(sizes) // 2]} B, max {sizes[-1]} B"


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--iam", type=int, default=2_000)
    args = parser.parse_args()
    for label, made in (
        ("mixed", mixed(args.folder / "mixed", args.files)),
        ("iam", iam(args.folder / "iam", args.iam)),
        ("cloudformation", cloudformation(args.folder / "cloudformation")),
    ):
        print(f"{label}: {describe(made)}", file=sys.stdout)

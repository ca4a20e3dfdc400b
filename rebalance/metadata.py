"""The cluster metadata the planner works on: a JSON file or a live cluster.

    {"brokers": [{"id": 1, "rack": "use1-az1"}],
     "partitions": [{"topic": "t", "partition": 0, "replicas": [1, 2, 3], "size_bytes": 1048576}]}

`size_bytes` is optional (all partitions have it or the planner ignores sizes); the first replica is the
preferred leader. The file is validated with pydantic (external data: only this path imports it, never
`msklint check`); anything wrong is one line naming file:line:column and the JSON path. `snapshot` reads
the same from a live cluster with kafka-python: brokers and racks (DescribeCluster), replicas (Metadata)
and the size of each partition (DescribeLogDirs: the largest of its replicas).
"""

from __future__ import annotations

import json

from msklint.rebalance.planner import Cluster

from msklint.findings import InputError


def _adapter():
    """The pydantic validator of the file. TypedDicts, not models: plain dicts cost a third of the memory
    of model instances, which matters at a million partitions."""
    from typing import Annotated

    from pydantic import AfterValidator, ConfigDict, Field, StrictInt, TypeAdapter, with_config
    from typing_extensions import NotRequired, TypedDict

    def distinct(value: list[int]) -> list[int]:
        if len(set(value)) != len(value):
            twice = next(b for b in value if value.count(b) > 1)
            raise ValueError(f"broker {twice} appears twice: a partition has one replica per broker")
        return value

    @with_config(ConfigDict(extra="forbid"))
    class Broker(TypedDict):
        id: Annotated[StrictInt, Field(ge=0)]
        rack: NotRequired[str | None]

    @with_config(ConfigDict(extra="forbid"))
    class Partition(TypedDict):
        topic: Annotated[str, Field(min_length=1)]
        partition: Annotated[StrictInt, Field(ge=0)]
        replicas: Annotated[list[StrictInt], Field(min_length=1), AfterValidator(distinct)]
        size_bytes: NotRequired[Annotated[StrictInt, Field(ge=0)] | None]

    @with_config(ConfigDict(extra="forbid"))
    class Metadata(TypedDict):
        brokers: Annotated[list[Broker], Field(min_length=1)]
        partitions: list[Partition]

    return TypeAdapter(Metadata)


def _pointer(loc) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)


def _where(text: str, loc) -> tuple[int, int]:
    """Line and column of the JSON node at `loc` (parsed again with positions, only on error)."""
    from msklint.syntax.structured import parse_json

    try:
        node = parse_json(text).documents[0]
    except InputError:
        return 0, 0
    best = node
    for part in loc:
        child = (
            node.value[part]
            if isinstance(node.value, list) and isinstance(part, int) and part < len(node.value)
            else node.get(str(part))
        )
        if child is None:
            break
        node = best = child
    return best.line, best.column


# a snapshot of a million partitions is ~100 MB of JSON
METADATA_MAX_BYTES = 1 << 30


def load(path: str) -> Cluster:
    from msklint.loaders import read_bytes

    try:
        text = read_bytes(path, limit=METADATA_MAX_BYTES).decode("utf-8")
    except InputError as error:
        raise InputError(f"{path}: {error}") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: cannot read: {error}") from None
    return parse(text, path)


def parse(text: str, path: str = "metadata.json") -> Cluster:
    from pydantic import ValidationError

    try:
        data = _adapter().validate_json(text)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        loc = tuple(first["loc"])
        if first["type"] == "json_invalid":
            try:
                json.loads(text)
            except json.JSONDecodeError as bad:
                raise InputError(f"{path}:{bad.lineno}:{bad.colno}: invalid JSON: {bad.msg}") from None
            except RecursionError:  # pydantic's own message says where: "... at line L column C"
                raise InputError(f"{path}: {first['msg']}") from None
        line, column = _where(text, loc)
        message = first["msg"].removeprefix("Value error, ")
        raise InputError(f"{path}:{line}:{column}: ${_pointer(loc)}: {message}") from None

    def fail(loc, message: str):
        line, column = _where(text, loc)
        raise InputError(f"{path}:{line}:{column}: ${_pointer(loc)}: {message}")

    brokers: dict[int, str | None] = {}
    for i, broker in enumerate(data["brokers"]):
        if broker["id"] in brokers:
            fail(("brokers", i, "id"), f"broker {broker['id']} is listed twice")
        brokers[broker["id"]] = broker.get("rack") or None
    names: dict[str, str] = {}
    seen: set[int] = set()
    id_of: dict[str, int] = {}
    topics, partitions, replicas, sizes = [], [], [], []
    sized = 0
    entries = data["partitions"]
    del data
    for i, entry in enumerate(entries):
        topic, number, members = entry["topic"], entry["partition"], entry["replicas"]
        for j, b in enumerate(members):
            if b not in brokers:
                fail(("partitions", i, "replicas", j), f"broker {b} is not among the brokers")
        topic = names.setdefault(topic, topic)
        key = (id_of.setdefault(topic, len(id_of)) << 32) | number  # an int: cheaper than a tuple
        if key in seen:
            fail(("partitions", i), f"{topic}-{number} is listed twice")
        seen.add(key)
        topics.append(topic)
        partitions.append(number)
        replicas.append(members)
        size = entry.get("size_bytes")
        sizes.append(size or 0)
        sized += size is not None
        entries[i] = None  # free as we go
    return Cluster(brokers, topics, partitions, replicas, sizes if sized == len(sizes) and sized else None)


def dumps(cluster: Cluster) -> str:
    """The metadata file of a cluster (one partition per line: big clusters stay readable and diffable)."""
    brokers = ",\n    ".join(
        json.dumps({"id": b, "rack": rack}) for b, rack in sorted(cluster.brokers.items())
    )
    rows = []
    for p, replicas in enumerate(cluster.replicas):
        entry = {"topic": cluster.topics[p], "partition": cluster.partitions[p], "replicas": replicas}
        if cluster.sizes is not None:
            entry["size_bytes"] = cluster.sizes[p]
        rows.append(json.dumps(entry))
    partitions = ",\n    ".join(rows)
    return f'{{\n  "brokers": [\n    {brokers}\n  ],\n  "partitions": [\n    {partitions}\n  ]\n}}\n'


def snapshot(admin) -> Cluster:
    """The metadata of the cluster a kafka-python admin client is connected to."""
    described = admin.describe_cluster()
    brokers = {int(b["broker_id"]): b.get("rack") or None for b in described["brokers"]}
    names = sorted(admin.list_topics())
    rows = []
    for topic in admin.describe_topics(names) if names else []:
        if topic["error_code"]:
            continue
        for partition in topic["partitions"]:
            rows.append((topic["name"], partition["partition_index"], list(partition["replica_nodes"])))
    rows.sort(key=lambda row: (row[0], row[1]))
    sizes = _log_dir_sizes(admin, sorted(brokers))
    return Cluster(
        brokers,
        [row[0] for row in rows],
        [row[1] for row in rows],
        [row[2] for row in rows],
        [sizes.get((row[0], row[1]), 0) for row in rows],
    )


def _log_dir_sizes(admin, brokers: list[int]) -> dict[tuple[str, int], int]:
    """The largest replica of each partition (DescribeLogDirs asked of every broker)."""
    sizes: dict[tuple[str, int], int] = {}
    for answer in admin.describe_log_dirs(brokers=brokers):
        for log_dir in answer["log_dirs"]:
            if log_dir.get("error_code"):
                continue
            for topic in log_dir.get("topics") or []:
                for partition in topic.get("partitions") or []:
                    if partition.get("is_future_key"):
                        continue
                    key = (topic["name"], partition["partition_index"])
                    sizes[key] = max(sizes.get(key, 0), partition["partition_size"])
    return sizes

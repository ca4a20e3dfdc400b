"""Test helpers for the real cluster: create topics through the admin API, delete them afterwards."""

from __future__ import annotations

import contextlib
import time


def wait_everywhere(cluster, check, timeout: float = 30.0) -> None:
    """Until `check(admin)` is true on every broker's own metadata (brokers learn changes one by one)."""
    from kafka.admin import KafkaAdminClient

    deadline = time.monotonic() + timeout
    for node in cluster.nodes:
        admin = KafkaAdminClient(
            bootstrap_servers=node.address, request_timeout_ms=5000, bootstrap_timeout_ms=5000
        )
        try:
            while not check(admin):
                assert time.monotonic() < deadline, (
                    f"broker {node.node_id} did not see the change in {timeout} s"
                )
                time.sleep(0.2)
        finally:
            admin.close()


@contextlib.contextmanager
def topics(cluster, specs: dict):
    """Create topics ({name: {num_partitions, replication_factor | assignments, configs}}), yield, delete."""
    names = list(specs)
    with cluster.admin() as admin:
        admin.create_topics(specs)
    wait_everywhere(cluster, lambda admin: _visible(admin, names))
    try:
        yield names
    finally:
        with cluster.admin() as admin:
            admin.delete_topics(names, raise_errors=False)
        wait_everywhere(cluster, lambda admin: not set(names) & set(admin.list_topics()))


def _visible(admin, names) -> bool:
    described = {t["name"]: t for t in admin.describe_topics(names)}
    return all(
        name in described
        and not described[name]["error_code"]
        and all(p["leader_id"] >= 0 for p in described[name]["partitions"])
        for name in names
    )

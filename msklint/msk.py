"""Facts about Amazon MSK that several rule packs share, each with the guide section it comes from."""

from __future__ import annotations

import re

GUIDE_BROKER_SIZES = "Broker sizes"
GUIDE_PARTITIONS_PER_BROKER = "Right-size your cluster: Number of partitions per broker"
GUIDE_HIGH_AVAILABILITY = "Build highly available clusters"
GUIDE_THROUGHPUT = "Optimize cluster throughput for m5.4xl, m7g.4xl or larger instances"
GUIDE_QUOTA = "Amazon MSK quota"
GUIDE_SERVERLESS_QUOTA = "MSK Serverless quota"
GUIDE_TIERED_REQUIREMENTS = "Tiered storage requirements"
GUIDE_TIERED_TOPIC_CONFIG = "Guidelines for tiered storage topic-level configuration"

# Broker size → vCPUs. The guide lists the sizes ("Broker sizes"); vCPU counts are EC2's, and match the
# guide's recommended num.io.threads table ("Optimize cluster throughput ...").
BROKER_VCPUS: dict[str, int] = {
    "kafka.t3.small": 2,
    **{
        f"kafka.{family}.{size}": vcpus
        for family in ("m5", "m7g")
        for size, vcpus in (
            ("large", 2),
            ("xlarge", 4),
            ("2xlarge", 8),
            ("4xlarge", 16),
            ("8xlarge", 32),
            ("12xlarge", 48),
            ("16xlarge", 64),
            ("24xlarge", 96),
        )
        if not (family == "m7g" and size == "24xlarge")
    },
}
BROKER_SIZES = tuple(BROKER_VCPUS)


def recommended_partitions_per_broker(broker_type: str) -> int | None:
    """Leader and follower replicas per broker the guide recommends at most for this size."""
    vcpus = BROKER_VCPUS.get(broker_type)
    if vcpus is None:
        return None
    if broker_type == "kafka.t3.small":
        return 300
    return {2: 1000, 4: 1000, 8: 2000}.get(vcpus, 4000)


def recommended_threads(broker_type: str) -> tuple[int, int] | None:
    """(num.io.threads, num.network.threads) the guide recommends for 4xlarge and larger sizes."""
    vcpus = BROKER_VCPUS.get(broker_type)
    if vcpus is None or vcpus < 16:
        return None
    return vcpus, vcpus // 2


# Brokers per cluster ("Amazon MSK quota").
MAX_BROKERS_ZOOKEEPER = 30
MAX_BROKERS_KRAFT = 60

# MSK Serverless limits. "Configuration for serverless clusters" gives max.message.bytes at most 8 MiB;
# "MSK Serverless quota" says "8 MB". The configuration table is the one about this property, so 8 MiB.
SERVERLESS_MAX_MESSAGE_BYTES = 8 * 1024 * 1024
SERVERLESS_MAX_PARTITIONS = 2400
SERVERLESS_MAX_COMPACTED_PARTITIONS = 120

TIERED_MIN_RETENTION_MS = 3 * 24 * 60 * 60 * 1000  # 259200000
TIERED_MIN_SEGMENT_BYTES = 48 * 1024 * 1024
TIERED_MIN_SEGMENT_MS = 10 * 60 * 1000

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+|x)(?:\.(\d+))?(?:[.-](tiered|kraft))?$")


class KafkaVersion:
    """An MSK Kafka version string: `3.6.0`, `3.7.x`, `3.7.x.kraft`, `2.8.2.tiered`, `2.4.1.1`.

    The guide writes both `2.8.2.tiered` and `2.8.2-tiered`; MSK's API uses `2.8.2.tiered`. Both parse,
    and `canonical` gives the API form.
    """

    __slots__ = ("numbers", "suffix", "text")

    def __init__(self, text: str):
        match = _VERSION.match(text.strip())
        if not match:
            raise ValueError(f"not a Kafka version: {text!r}")
        major, minor, patch, build, suffix = match.groups()
        self.text = text.strip()
        patch_number = 999 if patch == "x" else int(patch)
        self.numbers = (int(major), int(minor), patch_number, int(build or 0))
        self.suffix = suffix or ""

    @property
    def canonical(self) -> str:
        return self.text.replace("-tiered", ".tiered")

    @property
    def is_kraft(self) -> bool:
        return self.suffix == "kraft"

    @property
    def is_tiered(self) -> bool:
        return self.suffix == "tiered"

    def at_least(self, other: str) -> bool:
        return self.numbers >= KafkaVersion(other).numbers

    def supports_tiered_storage(self) -> bool:
        """'Tiered storage requirements': Kafka 3.6.0 or later, or 2.8.2.tiered."""
        return self.is_tiered or self.at_least("3.6.0")

    def __repr__(self) -> str:
        return f"KafkaVersion({self.text!r})"


def parse_kafka_version(text: str | None) -> KafkaVersion | None:
    if not text:
        return None
    try:
        return KafkaVersion(str(text))
    except ValueError:
        return None


# Topics that Kafka, MSK and the tools around them create for themselves. They get the rules that apply to
# them (placement, replication), not user-topic rules. "Cluster has topics called `__amazon_msk_canary` and
# `__amazon_msk_canary_state`"; MSK Connect names its topics `__amazon_msk_connect_<offsets|status|configs>_
# <connector>_<id>` ("Managing connector offsets"); self-managed Kafka Connect's usual names; Cruise
# Control's sample and metrics topics (its defaults).
INTERNAL_TOPICS = frozenset(
    {
        "__consumer_offsets",
        "__transaction_state",
        "__amazon_msk_canary",
        "__amazon_msk_canary_state",
        "connect-configs",
        "connect-offsets",
        "connect-status",
        "__CruiseControlMetrics",
        "__KafkaCruiseControlPartitionMetricSamples",
        "__KafkaCruiseControlModelTrainingSamples",
    }
)
INTERNAL_TOPIC_PREFIXES = ("__amazon_msk_",)  # the canary topics, MSK Connect's, and future ones


def is_internal_topic(name: str) -> bool:
    return name in INTERNAL_TOPICS or name.startswith(INTERNAL_TOPIC_PREFIXES)

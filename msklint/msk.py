"""Facts about Amazon MSK that several rule packs share, each with the guide section it comes from."""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path

TYPE_CHECKING = False  # True for type checkers, as typing.TYPE_CHECKING (typing: ~3 ms a run to import)
if TYPE_CHECKING:
    import datetime

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


def msk_default_threads(broker_type: str | None, tiered: bool | None) -> dict[str, int] | None:
    """num.io.threads and num.network.threads MSK sets when a configuration leaves them out ("The default
    Amazon MSK configuration"): 8 and 5, or max(8, vCPUs) and max(5, vCPUs / 2) on tiered clusters.
    None when that depends on an unknown storage mode or broker size, and on Express brokers (MSK sets
    them by size there: "Express brokers read-only configurations")."""
    if tiered is None or is_express(broker_type):
        return None
    if not tiered:
        return {"num.io.threads": 8, "num.network.threads": 5}
    vcpus = BROKER_VCPUS.get(broker_type or "")
    if vcpus is None:
        return None
    return {"num.io.threads": max(8, vcpus), "num.network.threads": max(5, vcpus // 2)}


# Brokers per cluster ("Amazon MSK quota").
MAX_BROKERS_ZOOKEEPER = 30
MAX_BROKERS_KRAFT = 60

# MSK Serverless limits. "Configuration for serverless clusters" gives max.message.bytes at most 8 MiB;
# "MSK Serverless quota" says "8 MB". The configuration table is the one about this property, so 8 MiB.
SERVERLESS_MAX_MESSAGE_BYTES = 8 * 1024 * 1024
SERVERLESS_MAX_PARTITIONS = 2400
SERVERLESS_MAX_COMPACTED_PARTITIONS = 120
# "Configuration for serverless clusters": the topic configs a serverless cluster lets you set, and limits.
SERVERLESS_TOPIC_CONFIGS = (
    "cleanup.policy",
    "compression.type",
    "max.message.bytes",
    "message.timestamp.difference.max.ms",
    "message.timestamp.type",
    "retention.bytes",
    "retention.ms",
)
SERVERLESS_MAX_RETENTION_BYTES = 250 * 1024**3  # 250 GiB

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
        """KRaft metadata mode: the `.kraft` versions, and every Kafka 4 (which has no ZooKeeper mode)."""
        return self.suffix == "kraft" or self.numbers[0] >= 4

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


# ---------------------------------------------------------------- cluster definitions (issue 5)

# "Provisioning storage throughput": the largest provisioned throughput (MiB/s) per broker size; the
# sizes not listed cannot provision throughput. The guide gives 312.5 for m7g.2xlarge; the API takes
# whole numbers, so 312 is the largest value MSK can accept.
MIN_PROVISIONED_THROUGHPUT = 250
MIN_VOLUME_FOR_PROVISIONED_THROUGHPUT = 10
MAX_PROVISIONED_THROUGHPUT: dict[str, int] = {
    "kafka.m5.4xlarge": 593,
    "kafka.m5.8xlarge": 850,
    "kafka.m5.12xlarge": 1000,
    "kafka.m5.16xlarge": 1000,
    "kafka.m5.24xlarge": 1000,
    "kafka.m7g.2xlarge": 312,
    "kafka.m7g.4xlarge": 625,
    "kafka.m7g.8xlarge": 1000,
    "kafka.m7g.12xlarge": 1000,
    "kafka.m7g.16xlarge": 1000,
}

# "Amazon MSK quota": EBS storage per broker, GiB.
MIN_VOLUME_GIB = 1
MAX_VOLUME_GIB = 16384

# "Tag restrictions".
MAX_TAGS = 50
MAX_TAG_KEY_LENGTH = 128
MAX_TAG_VALUE_LENGTH = 255

# "MSK Serverless quota" and "To create a serverless cluster".
SERVERLESS_MAX_CLIENT_VPCS = 5
SERVERLESS_MIN_SUBNETS_PER_VPC = 2

# "Public access" and "Requirements and limitations for multi-VPC private connectivity".
PUBLIC_ACCESS_MIN_VERSION = "2.6.0"
MULTI_VPC_MIN_VERSION = "2.7.1"


def canonical_kafka_version(text: str) -> str:
    """The API's spelling of a version string: the guide's `2.8.2-tiered` is `2.8.2.tiered`."""
    return str(text).strip().replace("-tiered", ".tiered")


def broker_family(broker_type: str | None) -> str | None:
    """'t3', 'm5' or 'm7g' for a broker size the guide lists, else None."""
    if broker_type not in BROKER_VCPUS:
        return None
    return broker_type.split(".")[1]


# ---------------------------------------------------------------- the current guide (issue 11)

FACTS_PATH = Path(__file__).resolve().parent / "data" / "msk-facts.json"
SOON_DAYS = 90  # end of support this close is a warning


@cache
def facts() -> dict:
    """The current guide's facts (tools/gen_msk_facts.py), read on first use: only rules that need them."""
    return json.loads(FACTS_PATH.read_text(encoding="utf-8"))


def facts_as_of() -> str:
    return facts()["as_of"]


def today() -> datetime.date:
    """Today, or MSKLINT_TODAY (YYYY-MM-DD; `msklint check --today` sets it) for reproducible runs."""
    import datetime  # only for end-of-support dates (cluster and update rules): not on every run

    text = os.environ.get("MSKLINT_TODAY", "").strip()
    if not text:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        from msklint.findings import InputError

        raise InputError(f"MSKLINT_TODAY: '{text}' is not a date (YYYY-MM-DD)") from None


def version_facts(text: str | None) -> dict | None:
    """The current guide's facts about an MSK version string (`3.8.x`, `3.9.x.kraft`, `2.8.2-tiered`),
    or None when msklint's data does not know it."""
    if not text:
        return None
    return facts()["kafka_versions"].get(canonical_kafka_version(text))


def newer_than_known(text: str | None) -> bool:
    """A well-formed version above every version in msklint's data: MSK may have added it since."""
    version = parse_kafka_version(text)
    newest = max(KafkaVersion(v).numbers[:3] for v in facts()["kafka_versions"])
    return version is not None and version.numbers[:3] > newest


def support_status(text: str, day: datetime.date) -> tuple[str, str] | None:
    """("ended" | "soon" | "dated", end date) for a version with a published end of support, else None."""
    import datetime

    known = version_facts(text)
    end = known and known["end_of_support"]
    if not end:
        return None
    left = (datetime.date.fromisoformat(end) - day).days
    return ("ended" if left <= 0 else "soon" if left <= SOON_DAYS else "dated"), end


def broker_size_facts(name: str | None) -> dict | None:
    return facts()["broker_sizes"].get(name or "")


def is_express(broker_type: str | None) -> bool:
    """Express brokers (express.m7g.*, "Amazon MSK broker types"): known by the size's prefix."""
    return bool(broker_type) and str(broker_type).startswith("express.")


def m7g_supports(text: str | None) -> bool | None:
    """Whether M7g brokers run on this Kafka version (current "Broker sizes": 2.8.2.tiered, and 3.3.2 and
    later); None for a version that does not parse."""
    version = parse_kafka_version(text)
    if version is None:
        return None
    m7g = facts()["m7g"]
    return version.canonical in m7g["also"] or version.at_least(m7g["min_kafka_version"])


# The current guide's pages, as rule SOURCES: (url, date read, title). Plain constants: no data is read.
_READ = "2026-12-03"
_PAGES = "https://docs.aws.amazon.com/msk/latest/developerguide/"
PAGE_VERSIONS = (_PAGES + "supported-kafka-versions.html", _READ, "Supported Apache Kafka versions")
PAGE_VERSION_SUPPORT = (_PAGES + "version-support.html", _READ, "Amazon MSK version support")
PAGE_VERSION_UPGRADES = (_PAGES + "version-upgrades.html", _READ, "Upgrade the Apache Kafka version")
PAGE_KRAFT = (_PAGES + "kraft-intro.html", _READ, "KRaft mode")
PAGE_KRAFT_MIGRATION = (_PAGES + "zk-to-kraft-migration.html", _READ, "Migrate from ZooKeeper to KRaft mode")
PAGE_CDK_VERSIONS = (
    "https://docs.aws.amazon.com/cdk/api/v2/docs/@aws-cdk_aws-msk-alpha.KafkaVersion.html",
    _READ,
    "KafkaVersion (AWS CDK aws-msk-alpha): the API's version strings",
)
PAGE_BROKER_SIZES = (_PAGES + "broker-instance-sizes.html", _READ, "Amazon MSK broker sizes")
PAGE_BROKER_TYPES = (_PAGES + "broker-instance-types.html", _READ, "Amazon MSK broker types")
PAGE_EXPRESS_BEST = (_PAGES + "bestpractices-express.html", _READ, "Best practices for Express brokers")
PAGE_EXPRESS_RW = (
    _PAGES + "msk-configuration-express-read-write.html",
    _READ,
    "Custom MSK Express broker configurations (Read/Write access)",
)
PAGE_EXPRESS_RO = (
    _PAGES + "msk-configuration-express-read-only.html",
    _READ,
    "Express brokers read-only configurations",
)


_SIZE_SHAPE = re.compile(r"^(kafka|express)\.[a-z][a-z0-9]*\.[a-z0-9]+$")


def broker_size_status(name: str) -> str:
    """ "known" (in msklint's data), "new" (shaped like an MSK size of a family msklint's data does not
    know, e.g. kafka.m8g.large: MSK may have added it since) or "invalid" (a size of a known family the
    guide does not list, or not shaped like an MSK size at all)."""
    sizes = facts()["broker_sizes"]
    if name in sizes:
        return "known"
    family = name.rsplit(".", 1)[0]
    if _SIZE_SHAPE.match(name) and not any(known.rsplit(".", 1)[0] == family for known in sizes):
        return "new"
    return "invalid"

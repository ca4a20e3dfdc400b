"""Read a running cluster with kafka-python and hand what it finds to the same rules as files.

`msklint check --bootstrap-server HOST:PORT` reads, through one admin client with a timeout on every
call: the brokers and their racks (DescribeCluster), each broker's configuration (DescribeConfigs sent
to that broker; only values that differ from Kafka's default, each with its source), every topic with
its partitions, replicas and in-sync replicas (Metadata) and its configuration (DescribeConfigs). That
becomes:

- one "broker" document per broker, `kafka://HOST:PORT/brokers/ID`: a PropertiesFile of its non-default
  settings (rendered as `key=value` lines, grouped by source), so the broker pack runs on it as on a
  server.properties. Settings that describe where the broker runs (listeners, node.id, log.dirs,
  broker.rack, ...) are MSK's, not part of a configuration a user controls: they are kept in
  `extras["managed"]`, not in the model;
- one "topic" document per topic, `kafka://HOST:PORT/topics/NAME`: a TopicSet (format "live") whose
  Topic has partitions, replication factor, the settings made on the topic itself (inherited broker
  values are in `extras["effective"]`), replica assignment, ISR, and `internal` for Kafka's, MSK's,
  Connect's and Cruise Control's own topics;
- one "live" document, `kafka://HOST:PORT`, whose model (LiveCluster) holds all of it for the L rules.
  Its `cluster_context()` tells every rule the broker count, the zones (distinct racks) and the Kafka
  version the brokers' API versions reveal; flags and configuration still win over it.

Findings name the config key (or `partitions`, `replication_factor`, a `topic-N` partition) as target.
Any failure (no broker answers, authentication refused, a broker dying mid-read) is an InputError: one
line, exit code 2.
"""

from __future__ import annotations

import contextlib
import threading

from msklint.config import ClusterContext
from msklint.context import DEFAULT_TIMEOUT
from msklint.findings import InputError
from msklint.loaders import Document
from msklint.model import Setting, Topic, TopicSet
from msklint.record import field, record

# Where and as what the broker runs: set by MSK, not by a configuration; kept out of the broker model.
MANAGED_BROKER_KEYS = frozenset(
    {
        "advertised.listeners",
        "broker.id",
        "broker.rack",
        "controller.listener.names",
        "controller.quorum.bootstrap.servers",
        "controller.quorum.voters",
        "inter.broker.listener.name",
        "listener.security.protocol.map",
        "listeners",
        "log.dir",
        "log.dirs",
        "metadata.log.dir",
        "node.id",
        "process.roles",
        "zookeeper.connect",
    }
)


class LiveError(InputError):
    """The cluster could not be read; the message says which address and why, in one line."""


@record(frozen=True)
class Connection:
    bootstrap: str  # "host:port[,host:port...]"
    security_protocol: str = "PLAINTEXT"
    ssl_cafile: str | None = None
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT  # seconds, for connecting and for each request
    ssl_verify: bool = True  # verify TLS certificates and host names (--ssl-no-verify turns it off, warning)

    @property
    def address(self) -> str:
        """`kafka://HOST:PORT` of the first bootstrap server: the prefix of every document path."""
        return "kafka://" + self.bootstrap.split(",")[0].strip()


@record(frozen=True)
class LiveConfig:
    value: str | None  # None for sensitive values, which Kafka never returns
    source: str  # Kafka's ConfigSource: STATIC_BROKER_CONFIG, DYNAMIC_BROKER_CONFIG, DYNAMIC_TOPIC_CONFIG...


@record
class LiveBroker:
    node_id: int
    host: str
    port: int
    rack: str | None
    configs: dict[str, LiveConfig] = field(factory=dict)  # non-default values only


@record
class LivePartition:
    partition: int
    leader: int  # -1: no leader (offline)
    replicas: list[int]
    isr: list[int]
    offline: list[int] = field(factory=list)


@record
class LiveTopic:
    name: str
    internal: bool
    partitions: dict[int, LivePartition]
    configs: dict[str, LiveConfig] = field(factory=dict)  # non-default values in effect

    @property
    def replication_factor(self) -> int:
        return max((len(p.replicas) for p in self.partitions.values()), default=0)

    def config(self, key: str) -> str | None:
        """The value in effect when it is not Kafka's default (set on the topic or inherited)."""
        entry = self.configs.get(key)
        return None if entry is None else entry.value

    def own_config(self, key: str) -> str | None:
        """The value set on the topic itself."""
        entry = self.configs.get(key)
        return entry.value if entry is not None and entry.source == "DYNAMIC_TOPIC_CONFIG" else None


@record
class LiveCluster:
    """The model of the "live" document."""

    address: str
    cluster_id: str | None
    controller_id: int | None
    brokers: list[LiveBroker]
    topics: list[LiveTopic]
    version: str | None = None  # "3.9.x": the lowest version whose API versions the brokers advertise

    def broker_path(self, node_id: int) -> str:
        return f"{self.address}/brokers/{node_id}"

    def topic_path(self, name: str) -> str:
        return f"{self.address}/topics/{name}"

    @property
    def racks(self) -> dict[int, str | None]:
        return {broker.node_id: broker.rack for broker in self.brokers}

    def cluster_context(self) -> ClusterContext:
        racks = [broker.rack for broker in self.brokers]
        zones = len(set(racks)) if racks and all(racks) else None
        tiered = any(
            (b.configs.get("remote.log.storage.system.enable") or LiveConfig(None, "")).value == "true"
            for b in self.brokers
        )
        return ClusterContext(
            kafka_version=self.version,
            brokers=len(self.brokers) or None,
            zones=zones if zones in (1, 2, 3) else None,
            storage_mode="TIERED" if tiered else "LOCAL",
            source=self.address,
        )


# Reading -----------------------------------------------------------------------------------------------


def read_cluster(connection: Connection) -> LiveCluster:
    """Everything msklint checks about the cluster. Raises LiveError, never hangs.

    Each kafka-python call has `connection.timeout`; the whole read also runs under an overall deadline,
    should a call ever wait beyond its own timeout. kafka-python retries failed connections quietly until
    its timeout, so its log is watched for the last problem it met (refused, authentication failed...).
    """
    import logging

    outcome: dict = {}
    problems = problem_recorder()
    logger = logging.getLogger("kafka")
    logger.addHandler(problems)
    propagate, logger.propagate = logger.propagate, False  # msklint reports problems itself, in one line

    def work():
        try:
            outcome["cluster"] = _read(connection)
        except BaseException as error:  # handed to the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=work, name="msklint-live-read", daemon=True)
    try:
        thread.start()
        deadline = max(60.0, 8 * connection.timeout)
        thread.join(deadline)
    finally:
        logger.removeHandler(problems)
        logger.propagate = propagate
    if thread.is_alive():
        raise LiveError(f"{connection.address}: the cluster did not finish answering within {deadline:g} s")
    if "error" in outcome:
        error = outcome["error"]
        reason = error.message if isinstance(error, LiveError) else explain(error, connection, problems.last)
        raise LiveError(f"{connection.address}: {reason}") from None
    return outcome["cluster"]


def problem_recorder():
    """A logging handler that keeps the last warning or error kafka-python logs, in `.last`."""
    import logging

    class LastProblem(logging.Handler):
        last = ""

        def emit(self, record):
            message = " ".join(record.getMessage().split())
            # The cause ("connection to ... failed: ..."), not the retries or the final timeout.
            if "failed" in message and not message.startswith("Bootstrap failed"):
                self.last = message

    return LastProblem(logging.WARNING)


def _read(connection: Connection) -> LiveCluster:
    admin = admin_client(connection)
    try:
        description = retried(admin.describe_cluster, connection)
        brokers = [
            LiveBroker(b["broker_id"], b["host"], b["port"], b.get("rack"))
            for b in sorted(description["brokers"], key=lambda b: b["broker_id"])
            if not b.get("is_fenced", False)
        ]
        if not brokers:
            raise LiveError("the cluster lists no brokers")
        version = _version(admin, brokers[0].node_id)
        metadata = retried(admin.describe_topics, connection)
        # A topic-level error (being created or deleted right now) leaves nothing to check on that topic.
        topics = [_topic(t) for t in sorted(metadata, key=lambda t: t["name"]) if not t.get("error_code")]
        configs = retried(lambda: _configs(admin, brokers, topics), connection)
    finally:
        with contextlib.suppress(Exception):
            admin.close()
    for broker in brokers:
        broker.configs = configs.get(("broker", str(broker.node_id)), {})
    for topic in topics:
        topic.configs = configs.get(("topic", topic.name), {})
    return LiveCluster(
        address=connection.address,
        cluster_id=description.get("cluster_id"),
        controller_id=description.get("controller_id"),
        brokers=brokers,
        topics=topics,
        version=version,
    )


RETRIES = 2  # extra attempts of a read request that failed with an error Kafka marks retriable
BACKOFF = 0.5  # seconds before the first retry, doubled for each further one


def retried(request, connection: Connection, sleep=None):
    """`request()`, retried with backoff when Kafka says the error is transient. msklint only reads a live
    cluster (Describe*, Metadata): every request it sends is idempotent, so repeating one is safe."""
    import time

    sleep = sleep or time.sleep
    for attempt in range(RETRIES + 1):
        try:
            return request()
        except Exception as error:
            if attempt == RETRIES or not getattr(error, "retriable", False):
                raise
            sleep(min(BACKOFF * 2**attempt, connection.timeout))
    raise AssertionError("unreachable")


def admin_client(connection: Connection):
    from kafka.admin import KafkaAdminClient

    timeout_ms = int(connection.timeout * 1000)
    options = {
        "bootstrap_servers": [server.strip() for server in connection.bootstrap.split(",") if server.strip()],
        "client_id": "msklint",
        "request_timeout_ms": timeout_ms,
        "bootstrap_timeout_ms": timeout_ms,
        "reconnect_backoff_max_ms": 1000,
        "security_protocol": connection.security_protocol,
    }
    if connection.ssl_cafile:
        options["ssl_cafile"] = connection.ssl_cafile
    options["ssl_check_hostname"] = connection.ssl_verify
    if not connection.ssl_verify and "SSL" in connection.security_protocol:
        import ssl
        import sys

        print(
            "msklint: warning: TLS certificates of the brokers are not verified (--ssl-no-verify)",
            file=sys.stderr,
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        options["ssl_context"] = context
    if connection.sasl_mechanism:
        options["sasl_mechanism"] = connection.sasl_mechanism
        if connection.sasl_mechanism != "AWS_MSK_IAM":
            options["sasl_plain_username"] = connection.sasl_username
            options["sasl_plain_password"] = connection.sasl_password
    return KafkaAdminClient(**options)


def _version(admin, node_id: int) -> str | None:
    """`MAJOR.MINOR.x` as kafka-python infers it from the broker's API versions (a lower bound)."""
    try:
        inferred = admin.get_broker_version_data(node_id).broker_version
    except Exception:
        return None
    if not inferred or len(inferred) < 2:
        return None
    return f"{inferred[0]}.{inferred[1]}.x"


def _topic(entry: dict) -> LiveTopic:
    from msklint.msk import is_internal_topic

    partitions = {
        p["partition_index"]: LivePartition(
            partition=p["partition_index"],
            leader=p.get("leader_id", -1),
            replicas=list(p.get("replica_nodes") or []),
            isr=list(p.get("isr_nodes") or []),
            offline=list(p.get("offline_replicas") or []),
        )
        for p in entry.get("partitions") or []
    }
    name = entry["name"]
    return LiveTopic(
        name, bool(entry.get("is_internal")) or is_internal_topic(name), dict(sorted(partitions.items()))
    )


def _configs(admin, brokers: list[LiveBroker], topics: list[LiveTopic]) -> dict[tuple[str, str], dict]:
    """(resource type, name) → non-default config values with their source."""
    from kafka.admin import ConfigResource, ConfigResourceType

    resources = [ConfigResource(ConfigResourceType.BROKER, str(b.node_id)) for b in brokers]
    resources += [ConfigResource(ConfigResourceType.TOPIC, t.name) for t in topics]
    # 'all', not kafka-python's 'modified': that one drops STATIC_BROKER_CONFIG, i.e. server.properties.
    described = admin.describe_configs(resources, config_filter="all")
    found = {}
    for resource_type, by_name in described.items():
        for name, entries in by_name.items():
            found[(resource_type, name)] = {
                key: LiveConfig(
                    None if entry.get("is_sensitive") else entry.get("value"), entry["config_source"]
                )
                for key, entry in sorted(entries.items())
                if entry["config_source"] not in ("DEFAULT_CONFIG", "UNKNOWN")
            }
    missing = [r.name for r in resources if (r.resource_type.name.lower(), r.name) not in found]
    if missing:
        raise LiveError(f"DescribeConfigs did not describe {', '.join(missing[:5])}")
    return found


def explain(error: BaseException, connection: Connection, last_problem: str = "") -> str:
    """One line for what went wrong, without the password."""
    name = type(error).__name__
    text = " ".join(str(error).split())
    if "Authentication" in last_problem or "Sasl" in last_problem:
        message = f"authentication failed ({last_problem.split('failed: ', 1)[-1]})"
    elif name in ("KafkaTimeoutError", "NoBrokersAvailable", "KafkaConnectionError", "RequestTimedOutError"):
        message = f"no answer within {connection.timeout:g} s ({last_problem or text or name})"
        message += f"; is {connection.bootstrap} a Kafka listener for {connection.security_protocol}?"
    elif "Authentication" in name or "Sasl" in name:
        message = f"authentication failed ({name}: {text})"
    elif "Authorization" in name:
        message = f"not authorized ({name}: {text}); msklint needs Describe and DescribeConfigs"
    else:
        message = f"{name}: {text}" if text else name
    if connection.sasl_password:
        message = message.replace(connection.sasl_password, "***")
    return message


# A state file -----------------------------------------------------------------------------------------

STATE_FORMAT = 1


def cluster_from_node(root) -> LiveCluster:
    """The LiveCluster of a live-state file (msklint.loaders.live recognises one), a wrong shape an
    InputError at the offending value. The file is what a cluster showed, written down, so that
    `msklint check live.json topics.yaml` runs the L rules (and the broker and topic rules on its brokers
    and topics) without Kafka, exactly as on the cluster itself:

        {"msklint_live": 1, "bootstrap": "b-1.example:9092", "version": "3.6.x",
         "brokers": [{"id": 1, "rack": "use1-az1", "configs": {"num.io.threads": "8"}}],
         "topics": [{"name": "orders", "configs": {"retention.ms": "86400000"},
                     "partitions": [{"replicas": [1, 2, 3], "isr": [1, 2], "leader": 1}]}]}

    `bootstrap` names the cluster (documents are `kafka://BOOTSTRAP/...`). A partition's number is its
    place in the list unless `partition` says otherwise; `leader` defaults to the first replica (-1: no
    leader), `isr` to all replicas. `configs` are the values set on the topic or broker itself."""
    from msklint.msk import is_internal_topic

    def fail(node, message: str):
        raise InputError(f"{node.pointer or '/'}: {message}", node.line, node.column)

    def field_of(node, key: str, kind, required=False):
        if not isinstance(node.value, dict):
            fail(node, "must be an object")
        child = node.get(key)
        if child is None:
            if required:
                fail(node, f"{key!r} is required")
            return None
        if kind is int and (isinstance(child.value, bool) or not isinstance(child.value, int)):
            fail(child, f"{key!r} must be an integer")
        if kind is not int and not isinstance(child.value, kind):
            fail(child, f"{key!r} must be {NAMES[kind]}")
        return child

    def ints(node) -> list[int]:
        for item in node.value:
            if isinstance(item.value, bool) or not isinstance(item.value, int):
                fail(item, "broker ids are integers")
        return [item.value for item in node.value]

    def configs(node, source: str) -> dict[str, LiveConfig]:
        given = field_of(node, "configs", dict)
        found = {}
        for key, value in given.items() if given else ():
            if not isinstance(value.value, str):
                fail(value, f"configs: {key!r} must be a string (as Kafka describes it)")
            found[key] = LiveConfig(value.value, source)
        return found

    version = field_of(root, "msklint_live", int, required=True)
    if version.value != STATE_FORMAT:
        fail(version, f"unsupported live-state format {version.value} (expected {STATE_FORMAT})")
    bootstrap = field_of(root, "bootstrap", str, required=True).value
    brokers = []
    for node in field_of(root, "brokers", list, required=True).value:
        field_of(node, "id", int, required=True)
        rack = field_of(node, "rack", str)
        brokers.append(
            LiveBroker(
                node.get("id").value,
                bootstrap.rsplit(":", 1)[0],
                0,
                rack.value if rack else None,
                configs(node, "STATIC_BROKER_CONFIG"),
            )
        )
    topics = []
    listed_topics = field_of(root, "topics", list)
    for node in listed_topics.value if listed_topics else ():
        name = field_of(node, "name", str, required=True).value
        partitions = {}
        for index, entry in enumerate(field_of(node, "partitions", list, required=True).value):
            number = field_of(entry, "partition", int)
            replicas = ints(field_of(entry, "replicas", list, required=True))
            isr = field_of(entry, "isr", list)
            leader = field_of(entry, "leader", int)
            partition = number.value if number else index
            partitions[partition] = LivePartition(
                partition,
                leader.value if leader else (replicas[0] if replicas else -1),
                replicas,
                ints(isr) if isr else list(replicas),
            )
        internal = field_of(node, "internal", bool)
        topics.append(
            LiveTopic(
                name,
                internal.value if internal else is_internal_topic(name),
                dict(sorted(partitions.items())),
                configs(node, "DYNAMIC_TOPIC_CONFIG"),
            )
        )
    version_node = field_of(root, "version", str)
    return LiveCluster(
        address=f"kafka://{bootstrap}",
        cluster_id=None,
        controller_id=None,
        brokers=sorted(brokers, key=lambda broker: broker.node_id),
        topics=sorted(topics, key=lambda topic: topic.name),
        version=version_node.value if version_node else None,
    )


NAMES = {str: "a string", list: "a list", dict: "an object", bool: "true or false"}


# Documents ------------------------------------------------------------------------------------------


def documents(cluster: LiveCluster) -> list[Document]:
    """The live document, then one document per broker and per topic."""
    result = [Document(path=cluster.address, kind="live", model=cluster, source="")]
    result += [_broker_document(cluster, broker) for broker in cluster.brokers]
    result += [_topic_document(cluster, topic) for topic in cluster.topics]
    return result


def _broker_document(cluster: LiveCluster, broker: LiveBroker) -> Document:
    from msklint.syntax.properties import parse_properties

    lines = [f"# {cluster.broker_path(broker.node_id)} rack={broker.rack or '-'}: non-default settings"]
    managed = {}
    sensitive = []
    for source in sorted({entry.source for entry in broker.configs.values()}):
        lines.append(f"# source: {source}")
        for key, entry in broker.configs.items():
            if entry.source != source:
                continue
            if key in MANAGED_BROKER_KEYS:
                managed[key] = entry
            elif entry.value is None:
                sensitive.append(key)
            else:
                lines.append(f"{_escape(key)}={_escape(entry.value)}")
    text = "\n".join(lines) + "\n"
    extras = {
        "live": True,
        "node_id": broker.node_id,
        "rack": broker.rack,
        "sources": {key: entry.source for key, entry in broker.configs.items()},
        "managed": managed,
        "sensitive": sensitive,
    }
    return Document(
        path=cluster.broker_path(broker.node_id),
        kind="broker",
        model=parse_properties(text),
        source=text,
        extras=extras,
    )


def _topic_document(cluster: LiveCluster, live: LiveTopic) -> Document:
    lines = [f"# {cluster.topic_path(live.name)}" + (" (internal)" if live.internal else "")]

    def setting(target: str, value: str) -> Setting:
        lines.append(f"{target}={value}")
        return Setting(value, len(lines), 1, target)

    topic = Topic(
        name=live.name,
        line=1,
        column=1,
        partitions=setting("partitions", str(len(live.partitions))),
        replication_factor=setting("replication_factor", str(live.replication_factor)),
        assignment={n: list(p.replicas) for n, p in live.partitions.items()},
        isr={n: list(p.isr) for n, p in live.partitions.items()},
        internal=live.internal,
    )
    for key, entry in live.configs.items():
        if entry.source == "DYNAMIC_TOPIC_CONFIG" and entry.value is not None:
            topic.config[key] = setting(key, entry.value)
    return Document(
        path=cluster.topic_path(live.name),
        kind="topic",
        model=TopicSet(topics=[topic], format="live"),
        source="\n".join(lines) + "\n",
        extras={"live": True, "effective": {key: entry.value for key, entry in live.configs.items()}},
    )


def _escape(text: str) -> str:
    """Enough Java properties escaping for a value to read back as itself."""
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    return escaped[:1].replace(" ", "\\ ") + escaped[1:]


# For the L rules -------------------------------------------------------------------------------------


def desired_topics(ctx) -> list[tuple[Document, Topic]]:
    """Topics the files of this run declare (not the live ones), with their documents."""
    return [
        (document, topic)
        for document in ctx.documents
        if document.kind == "topic" and getattr(document.model, "format", "live") != "live"
        for topic in document.model.topics
    ]


def pairs(docs, ctx):
    """(live cluster, desired document, desired topic, live topic) for every declared topic that exists live."""
    for live_document in docs:
        cluster = live_document.model
        by_name = {topic.name: topic for topic in cluster.topics}
        for document, topic in desired_topics(ctx):
            live = by_name.get(topic.name)
            if live is not None:
                yield cluster, document, topic, live


def document_at(ctx, path: str) -> Document | None:
    return next((document for document in ctx.documents if document.path == path), None)


def setting_value(topic: Topic, key: str) -> str | None:
    setting = topic.config.get(key)
    return None if setting is None or setting.value is None else setting.value.strip()


def listed(partitions: list[int], topic: str, limit: int = 5) -> str:
    """`orders-0, orders-3 and 4 more`: a bounded list of partitions for a one-line message."""
    shown = ", ".join(f"{topic}-{p}" for p in partitions[:limit])
    return shown + (f" and {len(partitions) - limit} more" if len(partitions) > limit else "")

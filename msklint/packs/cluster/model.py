"""The cluster pack's model: `ClusterModel` (a provisioned or serverless cluster), `ConfigurationModel` (an MSK
configuration), `ConnectorModel` (an MSK Connect connector) and `NotInterpreted`, in the API's shape with the
CLI's member names (`BrokerNodeGroupInfo/InstanceType`), whatever form they were read from
(`msklint.packs.cluster.reader`); and the helpers the cluster (C) and update (U) rules share to read them and
report at their nodes (`place`).
"""

from __future__ import annotations

from msklint.config import ClusterContext
from msklint.findings import Place
from msklint.msk import KafkaVersion, parse_kafka_version
from msklint.record import field, record
from msklint.syntax import UNKNOWN
from msklint.syntax.structured import Node

# Where create-cluster input holds each fragment file's object (fragment's shape name → path).
FRAGMENT_PLACES = {
    "BrokerNodeGroupInfo": "BrokerNodeGroupInfo",
    "EncryptionInfo": "EncryptionInfo",
    "ClientAuthentication": "ClientAuthentication",
    "LoggingInfo": "LoggingInfo",
    "OpenMonitoringInfo": "OpenMonitoring",
    "ConnectivityInfo": "BrokerNodeGroupInfo/ConnectivityInfo",
    "ConfigurationInfo": "ConfigurationInfo",
}


@record
class ConfigurationModel:
    """An MSK configuration (AWS::MSK::Configuration, aws_msk_configuration, create-configuration input)."""

    format: str
    name: str  # resource label for messages
    root: Node  # CreateConfiguration shape: Name, Description, KafkaVersions, ServerProperties
    line: int
    column: int
    server_properties: object | None = None  # PropertiesFile when the text is known

    def node(self, path: str) -> Node | None:
        return _node_at(self.root, path)

    def anchor(self, path: str = "") -> tuple[int, int, str]:
        return ClusterModel.anchor(self, path)  # same walk: root, line, column

    @property
    def kafka_versions(self) -> list[Node] | None:
        """The versions the configuration declares, or None when absent or computed."""
        versions = self.node("KafkaVersions")
        if versions is None or versions.tag == UNKNOWN or not isinstance(versions.value, list):
            return None
        return versions.value


@record
class ConnectorModel:
    """An MSK Connect connector (AWS::KafkaConnect::Connector, aws_mskconnect_connector) in the
    CreateConnector shape with CloudFormation's member names: KafkaClusterEncryptionInTransit/EncryptionType,
    LogDelivery/WorkerLogDelivery/{CloudWatchLogs,Firehose,S3}/Enabled. Only what rules read is mapped."""

    format: str  # cloudformation | terraform | create-connector
    name: str
    root: Node
    line: int
    column: int

    def node(self, path: str) -> Node | None:
        return _node_at(self.root, path)

    def value(self, path: str):
        node = self.node(path)
        return None if node is None or node.tag == UNKNOWN else node.plain()

    def anchor(self, path: str = "") -> tuple[int, int, str]:
        return ClusterModel.anchor(self, path)


@record
class ClusterModel:
    """One cluster (or a fragment of one) in the API's shape."""

    format: (
        str  # create-cluster | create-cluster-v2 | fragment | describe-cluster | cloudformation | terraform
    )
    serverless: bool
    name: str  # resource label for messages, e.g. "MSKCluster" or "aws_msk_cluster.main"
    root: Node  # CreateCluster request shape (provisioned) or CreateClusterV2 `Serverless` + name and tags
    line: int
    column: int
    path: str = ""
    schema: tuple[str, str] | None = None  # (schema file, definition) for the structural rule
    fragment: str | None = None  # the definition a fragment file fills, e.g. "BrokerNodeGroupInfo"
    configuration: ConfigurationModel | None = None  # resolved from the same file
    configuration_unknown: bool = False  # ConfigurationInfo given but not resolvable here
    extras: dict = field(factory=dict)

    # ------------------------------------------------------------ access

    def node(self, path: str) -> Node | None:
        """The node at a slash path such as "BrokerNodeGroupInfo/InstanceType" (None when absent)."""
        return _node_at(self.root, path)

    def value(self, path: str):
        """The plain value at `path`, or None when absent or unknown."""
        node = self.node(path)
        if node is None or node.tag == UNKNOWN:
            return None
        return node.plain()

    def known(self, path: str) -> bool:
        node = self.node(path)
        return node is not None and node.tag != UNKNOWN

    def string(self, path: str) -> str | None:
        value = self.value(path)
        return value if isinstance(value, str) else None

    def integer(self, path: str) -> int | None:
        value = self.value(path)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    @property
    def creating(self) -> bool:
        """True when the document asks MSK to create a cluster (not a description of an existing one)."""
        return self.format != "describe-cluster"

    @property
    def whole(self) -> bool:
        """True for a complete definition (not a fragment): absent members mean MSK's defaults."""
        return self.fragment is None

    @property
    def kafka_version(self) -> KafkaVersion | None:
        return parse_kafka_version(self.string("KafkaVersion"))

    @property
    def broker_type(self) -> str | None:
        return self.string("BrokerNodeGroupInfo/InstanceType")

    def subnets(self) -> list[Node] | None:
        """Client subnets (or serverless VPC subnets) when the list itself is written out, else None."""
        path = "VpcConfigs" if self.serverless else "BrokerNodeGroupInfo/ClientSubnets"
        node = self.node(path)
        if node is None or node.tag == UNKNOWN or not isinstance(node.value, list):
            return None
        if self.serverless:
            subnets = []
            for vpc in node.value:
                ids = vpc.get("SubnetIds")
                if ids is None or ids.tag == UNKNOWN or not isinstance(ids.value, list):
                    return None
                subnets.extend(ids.value)
            return subnets
        return node.value

    def zones(self) -> int | None:
        """Distinct client subnets (MSK needs each in its own Availability Zone), when known. Subnets
        written as references count as distinct when the references differ (`aws_subnet.a.id`,
        `!Ref SubnetTwo`); an intrinsic that names nothing (`Fn::ImportValue`) makes the count unknown."""
        names = self.subnet_names()
        return None if names is None else len(set(names))

    def subnet_names(self) -> list[str] | None:
        subnets = self.subnets()
        if not subnets or any(not isinstance(s.value, str) or not s.value for s in subnets):
            return None
        return [s.value for s in subnets]

    def auth(self, method: str, root: str = "ClientAuthentication") -> bool | None:
        """Whether a client authentication method ("iam", "scram", "tls", "unauthenticated") is on.

        Absent ClientAuthentication on a whole definition means unauthenticated access only (MSK's
        default); a method absent from a given ClientAuthentication is off. None when unknown.
        """
        block = self.node(root)
        if block is None:
            if not self.whole or root != "ClientAuthentication":
                return None if not self.whole else False
            return method == "unauthenticated"
        if block.tag == UNKNOWN:
            return None
        paths = {
            "iam": "Sasl/Iam/Enabled",
            "scram": "Sasl/Scram/Enabled",
            "tls": "Tls/Enabled",
            "unauthenticated": "Unauthenticated/Enabled",
        }
        enabled = _node_at(block, paths[method])
        if enabled is not None:
            if enabled.tag == UNKNOWN or not isinstance(enabled.value, bool):
                return None
            if method != "tls" or enabled.value is False:
                return enabled.value
        if method == "tls":
            tls = _node_at(block, "Tls")
            if tls is None:
                return False
            arns = _node_at(tls, "CertificateAuthorityArnList")
            if enabled is not None and enabled.value is True:
                return True
            if arns is None:
                return False if isinstance(tls.value, dict) else None
            if arns.tag == UNKNOWN:
                return None
            return bool(arns.value) if isinstance(arns.value, list) else None
        parent = _node_at(block, paths[method].rsplit("/", 1)[0])
        return None if parent is not None and parent.tag == UNKNOWN else False

    def client_broker(self) -> str | None:
        """EncryptionInTransit.ClientBroker; MSK's default TLS when a whole definition leaves it out."""
        node = self.node("EncryptionInfo/EncryptionInTransit/ClientBroker")
        if node is None:
            return "TLS" if self.whole or self.fragment == "EncryptionInfo" else None
        return node.value if node.tag != UNKNOWN and isinstance(node.value, str) else None

    def in_cluster(self) -> bool | None:
        """EncryptionInTransit.InCluster; MSK's default true when left out."""
        node = self.node("EncryptionInfo/EncryptionInTransit/InCluster")
        if node is None:
            return True if self.whole or self.fragment == "EncryptionInfo" else None
        return node.value if node.tag != UNKNOWN and isinstance(node.value, bool) else None

    def public_access(self) -> bool | None:
        node = self.node("BrokerNodeGroupInfo/ConnectivityInfo/PublicAccess/Type")
        if node is None:
            return False if self.whole else None
        if node.tag == UNKNOWN or not isinstance(node.value, str):
            return None
        return node.value == "SERVICE_PROVIDED_EIPS"

    def broker_property(self, key: str) -> tuple[str | None, bool]:
        """(value, known) of a broker property in the cluster's configuration; MSK's default when the
        cluster uses the default configuration. known=False when the configuration cannot be read here."""
        if self.configuration is not None and self.configuration.server_properties is not None:
            return self.configuration.server_properties.value(key), True
        if self.configuration is None and not self.configuration_unknown and self.whole:
            return None, True  # default configuration: the property keeps Kafka's/MSK's default
        return None, False

    def anchor(self, path: str = "") -> tuple[int, int, str]:
        """(line, column, target) for a finding about `path`: the nearest written node."""
        parts = [p for p in path.split("/") if p]
        node = self.root
        for part in parts:
            child = _node_at(node, part)
            if child is None:
                break
            node = child
        return node.line or self.line, node.column or self.column, node.pointer or path

    # ------------------------------------------------------------ context

    def cluster_context(self) -> ClusterContext:
        version = self.string("KafkaVersion")
        zones = self.zones()
        brokers = self.integer("NumberOfBrokerNodes")
        storage = self.string("StorageMode")
        if self.node("StorageMode") is None and self.whole and not self.serverless:
            storage = "LOCAL"  # MSK's default
        return ClusterContext(
            kafka_version=version if parse_kafka_version(version) else None,
            broker_type=self.broker_type,
            zones=zones if zones in (1, 2, 3) and not self.serverless else None,
            brokers=brokers if brokers is not None and brokers >= 1 else None,
            storage_mode=storage.upper() if storage and storage.upper() in ("LOCAL", "TIERED") else None,
            cluster_type=("serverless" if self.serverless else "provisioned")
            if self.whole or self.fragment == "BrokerNodeGroupInfo"
            else None,
            source=f"{self.path} ({self.name})" if self.name else self.path,
        )


def place(model, path: str) -> Place:
    """Where a finding about `path` goes (`Hit.at(place(model, path), ...)`): its node, or the nearest
    written parent when it is absent."""
    line, column, target = model.anchor(path)
    node = model.node(path) if path else None
    origin = node.origin if node is not None and (node.line, node.column) == (line, column) else ""
    return Place(line, column, target, origin)


def kafka_version_nodes(model) -> list[Node]:
    """The Kafka versions a provisioned cluster or a configuration names, where known (serverless: none)."""
    if isinstance(model, ClusterModel) and not model.serverless:
        nodes = [model.node("KafkaVersion")]
    elif isinstance(model, ConfigurationModel):
        nodes = model.kafka_versions or []
    else:
        return []
    return [
        node for node in nodes if node is not None and node.tag != UNKNOWN and isinstance(node.value, str)
    ]


_PATH_PARTS: dict[str, tuple[str, ...]] = {}  # "A/B" -> ("A", "B"), each path split once


def _node_at(node: Node | None, path: str) -> Node | None:
    parts = _PATH_PARTS.get(path)
    if parts is None:
        parts = _PATH_PARTS[path] = tuple(p for p in path.split("/") if p)
    for part in parts:
        if node is None or node.tag == UNKNOWN:
            return node
        value = node.value
        node = value.get(part) if isinstance(value, dict) else None
    return node


@record
class NotInterpreted:
    """Something that looks like an MSK cluster definition but that msklint cannot read (an unknown
    module): reported as information, so that a check does not pass in silence."""

    name: str
    line: int
    column: int
    pointer: str
    what: str

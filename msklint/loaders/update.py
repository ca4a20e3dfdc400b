"""Update requests: the `--cli-input-json` of `aws kafka update-*` (or the REST body in camelCase), checked
against the cluster as it is now (`msklint check REQUEST.json --current DESCRIBE.json`, where DESCRIBE is
`aws kafka describe-cluster(-v2)` output).

With `--kind update`, a fragment file such as `--encryption-info file://...` is read as the update it belongs
to (update-security, update-monitoring, update-connectivity, update-broker-storage, ...).
"""

from __future__ import annotations

from msklint.findings import InputError
from msklint.loaders import Document
from msklint.record import record
from msklint.syntax.structured import Node

KIND = "update"

# A member that only one operation has, in the order they are tried.
OPERATIONS = (
    ("TargetBrokerEBSVolumeInfo", "UpdateBrokerStorage"),
    ("TargetNumberOfBrokerNodes", "UpdateBrokerCount"),
    ("TargetInstanceType", "UpdateBrokerType"),
    ("TargetKafkaVersion", "UpdateClusterKafkaVersion"),
    ("ConnectivityInfo", "UpdateConnectivity"),
    ("StorageMode", "UpdateStorage"),
    ("VolumeSizeGB", "UpdateStorage"),
    ("ProvisionedThroughput", "UpdateStorage"),
    ("ClientAuthentication", "UpdateSecurity"),
    ("EncryptionInfo", "UpdateSecurity"),
    ("EnhancedMonitoring", "UpdateMonitoring"),
    ("OpenMonitoring", "UpdateMonitoring"),
    ("LoggingInfo", "UpdateMonitoring"),
    ("ConfigurationInfo", "UpdateClusterConfiguration"),
)

# With --kind update: fragment members -> (operation, the member that holds the fragment, definition).
FRAGMENTS = (
    ({"EncryptionAtRest", "EncryptionInTransit"}, "UpdateSecurity", "EncryptionInfo", "EncryptionInfo"),
    ({"Sasl", "Tls", "Unauthenticated"}, "UpdateSecurity", "ClientAuthentication", "ClientAuthentication"),
    ({"PublicAccess", "VpcConnectivity"}, "UpdateConnectivity", "ConnectivityInfo", "ConnectivityInfo"),
    ({"BrokerLogs"}, "UpdateMonitoring", "LoggingInfo", "LoggingInfo"),
    ({"Prometheus"}, "UpdateMonitoring", "OpenMonitoring", "OpenMonitoringInfo"),
    (
        {"KafkaBrokerNodeId", "VolumeSizeGB"},
        "UpdateBrokerStorage",
        "TargetBrokerEBSVolumeInfo",
        "BrokerEBSVolumeInfo",
    ),
    ({"Arn", "Revision"}, "UpdateClusterConfiguration", "ConfigurationInfo", "ConfigurationInfo"),
)


@record
class UpdateRequest:
    operation: str  # botocore operation name, e.g. "UpdateBrokerCount"
    root: Node  # request in CLI member names (a fragment is placed under its member)
    line: int
    column: int
    fragment: str | None = None  # schema definition of a fragment file, None for a whole request
    rest: bool = False  # written as the REST API's camelCase body (ClusterArn is in the URL then)

    def node(self, path: str) -> Node | None:
        from msklint.packs.cluster.model import _node_at

        return _node_at(self.root, path)

    def value(self, path: str):
        node = self.node(path)
        return None if node is None else node.plain()

    def anchor(self, path: str = "") -> tuple[int, int, str]:
        node = self.node(path) or self.root
        return node.line or self.line, node.column or self.column, node.pointer or path


def extract(path: str, parsed, text: str, kind: str | None) -> list[Document]:
    from msklint.syntax.hcl import HclFile

    if kind not in (None, KIND) or isinstance(parsed, HclFile):
        return []
    documents = []
    for root in parsed.documents:
        request = request_of(root, forced=kind == KIND)
        if request is not None:
            documents.append(Document(path=path, kind=KIND, model=request, source=text))
    if kind == KIND and not documents:
        raise InputError(
            "not an update request (aws kafka update-* --cli-input-json, or one of its fragments)"
        )
    return documents


def request_of(root: Node, forced: bool) -> UpdateRequest | None:
    if not isinstance(root.value, dict) or not root.value:
        return None
    rest = all(key[:1].islower() for key in root.value)  # the REST API's camelCase body
    keys = {key[:1].upper() + key[1:] for key in root.value} if rest else set(root.value)
    whole = bool(keys & {"ClusterArn", "CurrentVersion"}) or any(k.startswith("Target") for k in keys)
    if whole and "ClusterInfo" not in keys:
        for member, operation in OPERATIONS:
            if member in keys:
                root = _capitalized(root) if rest else root
                return UpdateRequest(operation, root, root.line, root.column, rest=rest)
        if forced:
            raise InputError("cannot tell which aws kafka update-* operation this request is for", root.line)
        return None
    if forced:
        root = _capitalized(root) if rest else root  # the whole tree only once it is known to be a request
        for members, operation, holder, definition in FRAGMENTS:
            if keys & members:
                wrapped = Node({holder: root}, root.line, root.column, "")
                if holder == "TargetBrokerEBSVolumeInfo":
                    wrapped = Node(
                        {holder: Node([root], root.line, root.column, "")}, root.line, root.column, ""
                    )
                return UpdateRequest(operation, wrapped, root.line, root.column, fragment=definition)
    return None


def _capitalized(node: Node) -> Node:
    if isinstance(node.value, dict):
        members = {key[:1].upper() + key[1:]: _capitalized(child) for key, child in node.value.items()}
        return Node(members, node.line, node.column, node.pointer, node.tag, node.key_line, node.key_column)
    if isinstance(node.value, list):
        return Node([_capitalized(c) for c in node.value], node.line, node.column, node.pointer, node.tag)
    return node


def load_current(path: str) -> Document:
    """The cluster as it is now (describe-cluster output, or any one cluster definition), kind "current"."""
    from msklint.loaders import load_file
    from msklint.packs.cluster.model import ClusterModel

    try:
        documents = load_file(path, "cluster")
    except InputError as error:
        raise InputError(f"--current: {error.located(path)}") from None
    clusters = [d for d in documents if isinstance(d.model, ClusterModel) and d.model.whole]
    if len(clusters) != 1:
        what = "no cluster" if not clusters else "more than one cluster"
        raise InputError(f"--current: {path}: {what} described (expected describe-cluster output)")
    current = clusters[0]
    return Document(path=current.path, kind="current", model=current.model, source=current.source)


def current_cluster(ctx):
    """The ClusterModel given with --current, or None."""
    found = [d.model for d in ctx.documents if d.kind == "current"]
    return found[0] if len(found) == 1 else None


AUTH_PATHS = {
    "iam": "Sasl/Iam",
    "scram": "Sasl/Scram",
    "tls": "Tls",
    "unauthenticated": "Unauthenticated",
}


def as_cluster(request: UpdateRequest):
    """The request read as a partial cluster (absent members unknown, not defaults)."""
    from msklint.packs.cluster.model import ClusterModel

    model = ClusterModel("update", False, request.operation, request.root, request.line, request.column)
    model.fragment = "update"
    return model


def merged_auth(request: UpdateRequest, current, root: str = "ClientAuthentication") -> dict:
    """Each authentication method after the update: what the request says, else what the cluster has."""
    asked = as_cluster(request)
    result = {}
    for method, path in AUTH_PATHS.items():
        if request.node(f"{root}/{path}") is not None:
            result[method] = asked.auth(method, root)
        else:
            result[method] = current.auth(method, root) if current is not None else None
    return result

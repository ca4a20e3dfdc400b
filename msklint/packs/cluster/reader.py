"""The cluster pack's reader: cluster definitions in every form, as the pack's model
(`msklint.packs.cluster.model`): `ClusterModel` (a provisioned or serverless cluster) and
`ConfigurationModel` (an MSK configuration).

Inputs: `aws kafka create-cluster --cli-input-json` JSON and its fragments (brokernodegroupinfo.json,
configuration.json, encryption/authentication/logging/monitoring/connectivity info), `create-cluster-v2`
(Provisioned or Serverless), `describe-cluster(-v2)` output, CloudFormation `AWS::MSK::Cluster`,
`AWS::MSK::ServerlessCluster`, `AWS::MSK::Configuration`, Terraform `aws_msk_cluster`,
`aws_msk_serverless_cluster`, `aws_msk_configuration` (HCL, and `terraform show -json` state or plan);
MSK Connect connectors (`AWS::KafkaConnect::Connector`, `aws_mskconnect_connector`) as `ConnectorModel`.

Every form is turned into the API's shape with the CLI's member names (`BrokerNodeGroupInfo/InstanceType`),
so the rules are written once. The converted nodes keep the line, column and pointer of the source (a
Terraform `instance_type` stays at its line, its target is `/resource/aws_msk_cluster/x/...`). Values that
only exist at deploy time (CloudFormation intrinsics, Terraform references) are nodes tagged "unknown": rules
treat them as unknown and stay silent. Terraform and CloudFormation convert "true"/"3" strings to booleans and
numbers; so does this loader for those two forms, never for CLI JSON (where the CLI refuses them).

A configuration's server properties become a "broker" document, with line numbers pointing into the
template, so the broker rule pack checks them.
"""

from __future__ import annotations

import base64
import binascii
import os
import re

from msklint.findings import InputError
from msklint.loaders import Document
from msklint.packs.cluster.model import (
    FRAGMENT_PLACES,
    ClusterModel,
    ConfigurationModel,
    ConnectorModel,
    NotInterpreted,
    _node_at,
)
from msklint.record import replace
from msklint.syntax import INTRINSIC, UNKNOWN, is_unknown
from msklint.syntax.structured import Node, child_pointer

KINDS = ("cluster", "broker")
CLOUDFORMATION_TYPES = (
    "AWS::MSK::Cluster",
    "AWS::MSK::ServerlessCluster",
    "AWS::MSK::Configuration",
    "AWS::KafkaConnect::Connector",
)
TERRAFORM_TYPES = (
    "aws_msk_cluster",
    "aws_msk_serverless_cluster",
    "aws_msk_configuration",
    "aws_mskconnect_connector",
)

# Members that MSK types as boolean or integer; the IaC forms coerce strings to them.
BOOLEAN_MEMBERS = {"Enabled", "InCluster", "EnabledInBroker"}
INTEGER_MEMBERS = {"NumberOfBrokerNodes", "VolumeSize", "VolumeThroughput", "Revision"}

# Top-level members that identify a fragment of create-cluster input, and the schema definition it fills.
FRAGMENTS = (
    ({"InstanceType", "ClientSubnets"}, "BrokerNodeGroupInfo"),
    ({"EncryptionAtRest", "EncryptionInTransit"}, "EncryptionInfo"),
    ({"Sasl", "Tls", "Unauthenticated"}, "ClientAuthentication"),
    ({"BrokerLogs"}, "LoggingInfo"),
    ({"Prometheus"}, "OpenMonitoringInfo"),
    ({"PublicAccess", "VpcConnectivity"}, "ConnectivityInfo"),
)
UPDATE_MEMBERS = {"ClusterArn", "CurrentVersion"}
CREATE_MEMBERS = {"BrokerNodeGroupInfo", "NumberOfBrokerNodes", "KafkaVersion"}


# ---------------------------------------------------------------- extraction


def extract(path: str, parsed, text: str, kind: str | None) -> list[Document]:
    if kind not in (None, *KINDS):
        return []
    from msklint.syntax.hcl import HclFile

    if isinstance(parsed, HclFile):
        documents = _from_terraform_hcl(path, parsed, text)
    else:
        documents = []
        for root in parsed.documents:
            documents.extend(_from_structured(path, root, text))
    if kind is not None:
        documents = [d for d in documents if d.kind == kind]
    if kind == "cluster" and not documents:
        raise InputError(
            "no cluster definition found (create-cluster JSON, CloudFormation AWS::MSK::*, Terraform aws_msk_*)"
        )
    return documents


def _from_structured(path: str, root: Node, text: str) -> list[Document]:
    from msklint.forms import resources

    if not isinstance(root.value, dict):
        return []
    form = resources.form(root)
    if form == resources.CLOUDFORMATION:
        return _from_cloudformation(path, root, text)
    if form is not None:
        return _from_terraform(path, resources.terraform(root, *TERRAFORM_TYPES), text, "terraform")
    return _from_cli(path, root, text)


def _document(path: str, model, text: str, pointer: str = "", kind: str = "cluster") -> Document:
    if isinstance(model, ClusterModel):
        model.path = path
    return Document(path=path, kind=kind, model=model, source=text, pointer=pointer)


# ------------------------------------------------ CLI JSON


def _from_cli(path: str, root: Node, text: str) -> list[Document]:
    keys = set(root.value)
    if "ClusterInfo" in keys and isinstance(root.get("ClusterInfo").value, dict):
        model = describe_model(root.get("ClusterInfo"))
        return [_document(path, model, text)] if model is not None else []
    if {"connectorConfiguration", "kafkaCluster"} <= keys:  # aws kafkaconnect create-connector input
        shaped = _pascal(
            Node({k: v for k, v in root.value.items() if k != "connectorConfiguration"}, *_at(root))
        )
        return [_document(path, ConnectorModel("create-connector", "", shaped, root.line, root.column), text)]
    if keys & UPDATE_MEMBERS or any(key.startswith("Target") for key in keys):
        return []  # an update request: msklint.loaders.update
    if keys & {"Provisioned", "Serverless"}:
        return _from_create_cluster_v2(path, root, text)
    if keys & CREATE_MEMBERS:
        model = ClusterModel(
            "create-cluster", False, "", root, root.line, root.column, schema=("CreateCluster", "")
        )
        return [_document(path, model, text)]
    if "ServerProperties" in keys and "Name" in keys:
        return _create_configuration(path, root, text)
    if keys <= {"Arn", "Revision"} and "Arn" in keys:
        model = ClusterModel("fragment", False, "", Node({"ConfigurationInfo": root}, 1, 1, ""), 1, 1)
        model.fragment, model.schema = "ConfigurationInfo", ("CreateCluster", "ConfigurationInfo")
        model.configuration_unknown = True
        return [_document(path, model, text)]
    for members, definition in FRAGMENTS:
        if keys & members:
            wrapper = _wrap_fragment(root, definition)
            model = ClusterModel("fragment", False, "", wrapper, root.line, root.column)
            model.fragment, model.schema = definition, ("CreateCluster", definition)
            model.configuration_unknown = True
            return [_document(path, model, text)]
    return []


def _at(node: Node) -> tuple[int, int, str]:
    return node.line, node.column, node.pointer


def _pascal(node: Node) -> Node:
    """MSK Connect's camelCase members (kafkaClusterEncryptionInTransit) in CloudFormation's PascalCase."""
    if isinstance(node.value, dict):
        members = {k[:1].upper() + k[1:]: _pascal(v) for k, v in node.value.items()}
        return Node(members, node.line, node.column, node.pointer, node.tag, node.key_line, node.key_column)
    if isinstance(node.value, list):
        return Node([_pascal(v) for v in node.value], *_at(node), node.tag, node.key_line, node.key_column)
    return node


def _wrap_fragment(root: Node, definition: str) -> Node:
    """A fragment placed where create-cluster input would hold it, so paths read the same."""
    place = FRAGMENT_PLACES[definition]
    node = root
    for part in reversed(place.split("/")):
        node = Node({part: node}, root.line, root.column, "")
    return node


def _from_create_cluster_v2(path: str, root: Node, text: str) -> list[Document]:
    documents = []
    for section, serverless in (("Provisioned", False), ("Serverless", True)):
        body = root.get(section)
        if body is None or not isinstance(body.value, dict):
            continue
        members = dict(body.value)
        for shared in ("ClusterName", "Tags"):
            if shared in root.value:
                members[shared] = root.value[shared]
        shaped = Node(members, body.line, body.column, body.pointer)
        model = ClusterModel("create-cluster-v2", serverless, section, shaped, body.line, body.column)
        model.schema = ("CreateClusterV2", "")
        model.extras["request"] = root
        documents.append(_document(path, model, text))
    return documents


def describe_model(info: Node) -> ClusterModel | None:
    """describe-cluster / describe-cluster-v2 `ClusterInfo` as a cluster in create-cluster shape."""
    kind = info.get("ClusterType")
    serverless = kind is not None and kind.value == "SERVERLESS"
    body = info.get("Serverless" if serverless else "Provisioned") or info
    if not isinstance(body.value, dict):
        return None
    members = dict(body.value)
    software = members.pop("CurrentBrokerSoftwareInfo", None)
    if software is not None and software.get("KafkaVersion") is not None:
        members["KafkaVersion"] = software.get("KafkaVersion")
    for shared in ("ClusterName", "Tags", "CurrentVersion", "State", "ClusterArn", "StorageMode"):
        if shared in info.value and shared not in members:
            members[shared] = info.value[shared]
    shaped = Node(members, body.line, body.column, body.pointer)
    return ClusterModel("describe-cluster", serverless, "ClusterInfo", shaped, info.line, info.column)


def _create_configuration(path: str, root: Node, text: str) -> list[Document]:
    model = ConfigurationModel("create-configuration", "", root, root.line, root.column)
    documents = [_document(path, model, text)]
    blob = root.get("ServerProperties")
    if blob is not None and isinstance(blob.value, str):
        try:
            decoded = base64.b64decode(blob.value, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            decoded = None  # the schema rule says it is not base64
        if decoded:
            properties = _properties_on_one_line(decoded, blob.line)
            model.server_properties = properties
            documents.append(_document(path, properties, text, blob.pointer, kind="broker"))
    return documents


# ------------------------------------------------ CloudFormation

_CFN_RENAMES = {"EBSStorageInfo": "EbsStorageInfo"}
_CFN_SERVERLESS_RENAMES = {"SecurityGroups": "SecurityGroupIds"}


def _cfn_shape(node: Node, renames: dict[str, str]) -> Node:
    """A CloudFormation property tree in API shape: intrinsics msklint.forms could not resolve unknown,
    strings coerced like CFN does."""
    if is_unknown(node):
        return Node(
            _cfn_reference(node), node.line, node.column, node.pointer, UNKNOWN, *_key(node), why=INTRINSIC
        )
    if isinstance(node.value, dict):
        members = {renames.get(k, k): _cfn_shape(v, renames) for k, v in node.value.items()}
        return replace(node, value=members, tag=None)
    if isinstance(node.value, list):
        items = [_cfn_shape(item, renames) for item in node.value]
        return replace(node, value=items, tag=None)
    return node


def _key(node: Node) -> tuple[int, int]:
    return node.key_line, node.key_column


def _cfn_reference(node: Node) -> str:
    """What an intrinsic refers to ("X" for !Ref X, "X.Arn" for !GetAtt X.Arn), else ""."""
    value = node.value
    if node.tag in ("!Ref", "!GetAtt") and isinstance(value, str):
        return value
    if isinstance(value, dict) and len(value) == 1:
        ((key, value),) = value.items()
        if key == "Ref" and isinstance(value.value, str):
            return value.value
        if key != "Fn::GetAtt":
            return ""
        value = value.value
    elif node.tag != "!GetAtt":
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(part.value, str) for part in value):
        return ".".join(part.value for part in value)
    return ""


def _from_cloudformation(path: str, root: Node, text: str) -> list[Document]:
    from msklint.forms import resources

    documents: list[Document] = []
    configurations: dict[str, ConfigurationModel] = {}
    clusters: list[ClusterModel] = []
    for logical_id, kind, resource in resources.cloudformation(root, *CLOUDFORMATION_TYPES):
        properties = resource.get("Properties")
        if properties is None or not isinstance(properties.value, dict):
            properties = Node(
                {}, resource.line, resource.column, child_pointer(resource.pointer, "Properties")
            )
        if kind == "AWS::KafkaConnect::Connector":
            shaped = _coerce(_cfn_shape(properties, {}))
            model = ConnectorModel(
                "cloudformation", logical_id, shaped, resource.key_line or resource.line, 1
            )
            documents.append(_document(path, model, text, resource.pointer))
        elif kind == "AWS::MSK::Configuration":
            shaped = _cfn_shape(properties, {"KafkaVersionsList": "KafkaVersions"})
            model = ConfigurationModel("cloudformation", logical_id, shaped, resource.line, resource.column)
            configurations[logical_id] = model
            documents.append(_document(path, model, text, resource.pointer))
            broker = _embedded_properties(path, properties.get("ServerProperties"), text)
            if broker is not None:
                model.server_properties = broker.model
                documents.append(broker)
        elif kind in ("AWS::MSK::Cluster", "AWS::MSK::ServerlessCluster"):
            serverless = kind == "AWS::MSK::ServerlessCluster"
            renames = {**_CFN_RENAMES, **(_CFN_SERVERLESS_RENAMES if serverless else {})}
            shaped = _coerce(_cfn_shape(properties, renames))
            model = ClusterModel(
                "cloudformation", serverless, logical_id, shaped, resource.key_line or resource.line, 1
            )
            model.schema = ("CreateClusterV2", "ServerlessRequest") if serverless else ("CreateCluster", "")
            clusters.append(model)
            documents.append(_document(path, model, text, resource.pointer))
    for model in clusters:
        arn = model.node("ConfigurationInfo/Arn")
        if arn is not None and arn.tag == UNKNOWN:
            model.configuration = configurations.get(str(arn.value).split(".")[0])
            model.configuration_unknown = model.configuration is None
    return documents


# ------------------------------------------------ Terraform

# Terraform argument -> API member path, or (API path, nested spec, repeated) for blocks.
_TF_EBS = {
    "volume_size": "VolumeSize",
    "provisioned_throughput": (
        "ProvisionedThroughput",
        {"enabled": "Enabled", "volume_throughput": "VolumeThroughput"},
        False,
    ),
}
_TF_VPC_AUTH = {
    "sasl": ("Sasl", {"iam": "Iam/Enabled", "scram": "Scram/Enabled"}, False),
    "tls": "Tls/Enabled",
}
_TF_CLUSTER = {
    "cluster_name": "ClusterName",
    "kafka_version": "KafkaVersion",
    "number_of_broker_nodes": "NumberOfBrokerNodes",
    "enhanced_monitoring": "EnhancedMonitoring",
    "storage_mode": "StorageMode",
    "tags": "Tags",
    "broker_node_group_info": (
        "BrokerNodeGroupInfo",
        {
            "instance_type": "InstanceType",
            "client_subnets": "ClientSubnets",
            "security_groups": "SecurityGroups",
            "az_distribution": "BrokerAZDistribution",
            "ebs_volume_size": "StorageInfo/EbsStorageInfo/VolumeSize",
            "storage_info": ("StorageInfo", {"ebs_storage_info": ("EbsStorageInfo", _TF_EBS, False)}, False),
            "connectivity_info": (
                "ConnectivityInfo",
                {
                    "public_access": ("PublicAccess", {"type": "Type"}, False),
                    "vpc_connectivity": (
                        "VpcConnectivity",
                        {"client_authentication": ("ClientAuthentication", _TF_VPC_AUTH, False)},
                        False,
                    ),
                },
                False,
            ),
        },
        False,
    ),
    "client_authentication": (
        "ClientAuthentication",
        {
            "sasl": ("Sasl", {"iam": "Iam/Enabled", "scram": "Scram/Enabled"}, False),
            # `enabled` is not an argument of tls (Terraform refuses it); read so C052 sees the intent
            "tls": (
                "Tls",
                {"certificate_authority_arns": "CertificateAuthorityArnList", "enabled": "Enabled"},
                False,
            ),
            "unauthenticated": "Unauthenticated/Enabled",
        },
        False,
    ),
    "configuration_info": ("ConfigurationInfo", {"arn": "Arn", "revision": "Revision"}, False),
    "encryption_info": (
        "EncryptionInfo",
        {
            "encryption_at_rest_kms_key_arn": "EncryptionAtRest/DataVolumeKMSKeyId",
            "encryption_in_transit": (
                "EncryptionInTransit",
                {"client_broker": "ClientBroker", "in_cluster": "InCluster"},
                False,
            ),
        },
        False,
    ),
    "logging_info": (
        "LoggingInfo",
        {
            "broker_logs": (
                "BrokerLogs",
                {
                    "cloudwatch_logs": (
                        "CloudWatchLogs",
                        {"enabled": "Enabled", "log_group": "LogGroup"},
                        False,
                    ),
                    "firehose": (
                        "Firehose",
                        {"enabled": "Enabled", "delivery_stream": "DeliveryStream"},
                        False,
                    ),
                    "s3": ("S3", {"enabled": "Enabled", "bucket": "Bucket", "prefix": "Prefix"}, False),
                },
                False,
            )
        },
        False,
    ),
    "open_monitoring": (
        "OpenMonitoring",
        {
            "prometheus": (
                "Prometheus",
                {
                    "jmx_exporter": ("JmxExporter", {"enabled_in_broker": "EnabledInBroker"}, False),
                    "node_exporter": ("NodeExporter", {"enabled_in_broker": "EnabledInBroker"}, False),
                },
                False,
            )
        },
        False,
    ),
}
_TF_SERVERLESS = {
    "cluster_name": "ClusterName",
    "tags": "Tags",
    "vpc_config": (
        "VpcConfigs",
        {"subnet_ids": "SubnetIds", "security_group_ids": "SecurityGroupIds"},
        True,
    ),
    "client_authentication": (
        "ClientAuthentication",
        {"sasl": ("Sasl", {"iam": ("Iam", {"enabled": "Enabled"}, False)}, False)},
        False,
    ),
}
_TF_LOG_DESTINATIONS = {
    "cloudwatch_logs": ("CloudWatchLogs", {"enabled": "Enabled", "log_group": "LogGroup"}, False),
    "firehose": ("Firehose", {"enabled": "Enabled", "delivery_stream": "DeliveryStream"}, False),
    "s3": ("S3", {"enabled": "Enabled", "bucket": "Bucket", "prefix": "Prefix"}, False),
}
_TF_CONNECTOR_ENCRYPTION = ("KafkaClusterEncryptionInTransit", {"encryption_type": "EncryptionType"}, False)
_TF_CONNECTOR = {
    "name": "ConnectorName",
    "kafka_cluster_encryption_in_transit": _TF_CONNECTOR_ENCRYPTION,
    "encryption_in_transit": _TF_CONNECTOR_ENCRYPTION,  # the provider's newer name for the block
    "log_delivery": (
        "LogDelivery",
        {"worker_log_delivery": ("WorkerLogDelivery", _TF_LOG_DESTINATIONS, False)},
        False,
    ),
}
_TF_CONFIGURATION = {
    "name": "Name",
    "description": "Description",
    "kafka_versions": "KafkaVersions",
    "server_properties": "ServerProperties",
}


def _tf_unknown(node: Node) -> bool:
    return node.tag == UNKNOWN


def _tf_shape(body: Node, spec: dict, repeated: list | None = None) -> Node:
    """A Terraform block body (HCL or `terraform show -json` values) in API shape. A block that may appear
    once but appears again is read from its first occurrence, and (name, first, extra) goes to `repeated`
    (the provider's schema says MaxItems 1: Terraform refuses the file; rule C001 reports it)."""
    shaped = Node({}, body.line, body.column, body.pointer)
    for key, value in body.items():
        if key not in spec or value.value is None:
            continue
        rule = spec[key]
        if isinstance(rule, str):
            _place(shaped, rule, _tf_leaf(value))
            continue
        target, inner, many = rule
        if _tf_unknown(value) or not isinstance(value.value, list | dict):
            _place(shaped, target, Node(value.value, value.line, value.column, value.pointer, UNKNOWN))
            continue
        blocks = value.value if isinstance(value.value, list) else [value]
        if many:
            items = [_tf_shape(block, inner, repeated) for block in blocks if isinstance(block.value, dict)]
            _place(shaped, target, Node(items, value.line, value.column, value.pointer))
        elif blocks and isinstance(blocks[0].value, dict):
            if repeated is not None and value.tag is None and isinstance(value.value, list):
                repeated.extend((key, blocks[0], extra) for extra in blocks[1:])
            _place(shaped, target, _tf_shape(blocks[0], inner, repeated))
            if target == "Tls":  # the AWS provider turns mutual TLS on only when CAs are listed
                tls = _node_at(shaped, "Tls")
                arns = tls.value.get("CertificateAuthorityArnList")
                where = (blocks[0].line, blocks[0].column, blocks[0].pointer)
                if arns is not None and arns.tag == UNKNOWN:
                    enabled = Node(arns.value, *where, UNKNOWN)
                else:
                    enabled = Node(arns is not None and bool(arns.value), *where)
                tls.value.setdefault("Enabled", enabled)
    return shaped


def _tf_leaf(node: Node) -> Node:
    if _tf_unknown(node):
        return node
    if isinstance(node.value, list):
        items = [_tf_leaf(item) for item in node.value]
        return replace(node, value=items, tag=None, key_line=0, key_column=0)
    if isinstance(node.value, dict):
        members = {k: _tf_leaf(v) for k, v in node.value.items()}
        return replace(node, value=members, key_line=0, key_column=0)
    return node


def _place(shaped: Node, path: str, value: Node) -> None:
    parts = path.split("/")
    holder = shaped
    for part in parts[:-1]:
        child = holder.value.get(part)
        if child is None or not isinstance(child.value, dict):
            child = Node({}, value.line, value.column, value.pointer)
            holder.value[part] = child
        holder = child
    holder.value[parts[-1]] = value


def _from_terraform_hcl(path: str, parsed, text: str) -> list[Document]:
    resources = [
        (
            block.labels[0],
            block.labels[1],
            replace(block.body, line=block.line, column=block.column),
        )
        for block in parsed.blocks
        if block.type == "resource" and len(block.labels) == 2
    ]
    documents = _from_terraform(path, resources, text, "terraform")
    for block in parsed.blocks:
        if block.type != "module" or len(block.labels) != 1:
            continue
        body = replace(block.body, line=block.line, column=block.column)
        if _is_msk_module(block.body):
            documents.append(_from_msk_module(path, block.labels[0], body, text))
        elif _looks_like_msk(block.body) and not _local_module(path, block.body):
            source = block.body.get("source")
            model = NotInterpreted(
                f"module.{block.labels[0]}",
                block.line,
                block.column,
                body.pointer,
                f"a call of module {source.value if source is not None else '?'!r} with MSK cluster inputs",
            )
            documents.append(_document(path, model, text, body.pointer))
    return documents


# Inputs that make an unknown module call look like an MSK cluster.
MSK_INPUTS = {
    "kafka_version",
    "broker_node_group_info",
    "number_of_broker_nodes",
    "broker_node_instance_type",
}


def _looks_like_msk(body: Node) -> bool:
    return bool(MSK_INPUTS & set(body.value))


def _local_module(path: str, body: Node) -> bool:
    """A `source = "./..."` module msklint reads itself (msklint.forms.terraform)."""
    source = body.get("source")
    if source is None or not isinstance(source.value, str) or not source.value.startswith(("./", "../")):
        return False
    directory = os.path.join(os.path.dirname(os.path.abspath(path)), source.value)
    return os.path.isdir(directory) and any(name.endswith(".tf") for name in os.listdir(directory))


# Inputs of the terraform-aws-modules/msk-kafka-cluster module (recognised by its broker_node_* inputs).
_TF_MODULE = {
    "name": "ClusterName",
    "kafka_version": "KafkaVersion",
    "number_of_broker_nodes": "NumberOfBrokerNodes",
    "enhanced_monitoring": "EnhancedMonitoring",
    "storage_mode": "StorageMode",
    "tags": "Tags",
    "broker_node_instance_type": "BrokerNodeGroupInfo/InstanceType",
    "broker_node_client_subnets": "BrokerNodeGroupInfo/ClientSubnets",
    "broker_node_security_groups": "BrokerNodeGroupInfo/SecurityGroups",
    "broker_node_az_distribution": "BrokerNodeGroupInfo/BrokerAZDistribution",
    "broker_node_storage_info": (
        "BrokerNodeGroupInfo/StorageInfo",
        {"ebs_storage_info": ("EbsStorageInfo", _TF_EBS, False)},
        False,
    ),
    "broker_node_connectivity_info": (
        "BrokerNodeGroupInfo/ConnectivityInfo",
        *_TF_CLUSTER["broker_node_group_info"][1]["connectivity_info"][1:],
    ),
    "client_authentication": _TF_CLUSTER["client_authentication"],
    "encryption_in_transit_client_broker": "EncryptionInfo/EncryptionInTransit/ClientBroker",
    "encryption_in_transit_in_cluster": "EncryptionInfo/EncryptionInTransit/InCluster",
    "encryption_at_rest_kms_key_arn": "EncryptionInfo/EncryptionAtRest/DataVolumeKMSKeyId",
    "jmx_exporter_enabled": "OpenMonitoring/Prometheus/JmxExporter/EnabledInBroker",
    "node_exporter_enabled": "OpenMonitoring/Prometheus/NodeExporter/EnabledInBroker",
    "s3_logs_enabled": "LoggingInfo/BrokerLogs/S3/Enabled",
    "s3_logs_bucket": "LoggingInfo/BrokerLogs/S3/Bucket",
    "firehose_logs_enabled": "LoggingInfo/BrokerLogs/Firehose/Enabled",
    "firehose_delivery_stream": "LoggingInfo/BrokerLogs/Firehose/DeliveryStream",
}


def _is_msk_module(body: Node) -> bool:
    return {"broker_node_instance_type", "broker_node_client_subnets"} <= set(body.value)


def _from_msk_module(path: str, name: str, body: Node, text: str) -> Document:
    """A terraform-aws-modules/msk-kafka-cluster module call as a cluster. The module creates its own
    configuration (create_configuration, default true) from configuration_server_properties, for the
    cluster's Kafka version, so that configuration is known when the map is written out."""
    from msklint.syntax.properties import PropertiesFile, Property

    shaped = _coerce(_tf_shape(body, _TF_MODULE))
    model = ClusterModel("terraform", False, f"module.{name}", shaped, body.line, body.column)
    model.schema = ("CreateCluster", "")
    model.extras["module"] = True
    create = body.get("create_configuration")
    arn = body.get("configuration_arn")
    properties = body.get("configuration_server_properties")
    if (create is not None and create.value is not True) or arn is not None:
        model.configuration_unknown = True
    elif properties is None or (properties.tag is None and isinstance(properties.value, dict)):
        entries = [
            Property(
                key,
                _hcl_text(value),
                value.key_line or value.line,
                value.key_column or 1,
                value.line,
                value.column,
                _hcl_text(value),
            )
            for key, value in (properties.items() if properties is not None else ())
        ]
        configuration = ConfigurationModel(
            "terraform",
            f"module.{name}",
            Node({}, body.line, body.column, body.pointer),
            body.line,
            body.column,
            PropertiesFile(entries),
        )
        model.configuration = configuration
    else:
        model.configuration_unknown = True
    return _document(path, model, text, body.pointer)


def _hcl_text(node: Node) -> str:
    """A value as the module's format("%s = %s") renders it."""
    if isinstance(node.value, bool):
        return "true" if node.value else "false"
    return str(node.value)


def _from_terraform(path: str, resources, text: str, form: str) -> list[Document]:
    documents: list[Document] = []
    configurations: dict[str, ConfigurationModel] = {}
    clusters: list[ClusterModel] = []
    for kind, name, body in resources:
        label = name if "." in name else f"{kind}.{name}"
        if kind == "aws_msk_configuration":
            shaped = _tf_shape(body, _TF_CONFIGURATION)
            model = ConfigurationModel(form, label, shaped, body.line, body.column)
            configurations[name.split(".")[-1]] = model
            documents.append(_document(path, model, text, body.pointer))
            broker = _embedded_properties(path, body.get("server_properties"), text)
            if broker is not None:
                model.server_properties = broker.model
                documents.append(broker)
        elif kind == "aws_mskconnect_connector":
            shaped = _coerce(_tf_shape(body, _TF_CONNECTOR))
            documents.append(
                _document(path, ConnectorModel(form, label, shaped, body.line, body.column), text)
            )
        elif kind in ("aws_msk_cluster", "aws_msk_serverless_cluster"):
            serverless = kind == "aws_msk_serverless_cluster"
            repeated: list = []
            shaped = _coerce(_tf_shape(body, _TF_SERVERLESS if serverless else _TF_CLUSTER, repeated))
            model = ClusterModel(form, serverless, label, shaped, body.line, body.column)
            model.extras["repeated"] = repeated
            model.schema = ("CreateClusterV2", "ServerlessRequest") if serverless else ("CreateCluster", "")
            clusters.append(model)
            documents.append(_document(path, model, text, body.pointer))
    for model in clusters:
        arn = model.node("ConfigurationInfo/Arn")
        if arn is not None and arn.tag == UNKNOWN:
            match = re.search(r"aws_msk_configuration\.([\w-]+)", str(arn.value))
            model.configuration = configurations.get(match.group(1)) if match else None
            model.configuration_unknown = model.configuration is None
    return documents


# ------------------------------------------------ shared helpers


def _coerce(node: Node, key: str = "") -> Node:
    """Booleans and integers written as strings, converted as Terraform and CloudFormation do."""
    if node.tag == UNKNOWN:
        return node
    if isinstance(node.value, dict):
        for name, child in list(node.value.items()):
            node.value[name] = _coerce(child, name)
        return node
    if isinstance(node.value, list):
        node.value = [_coerce(item) for item in node.value]
        return node
    if isinstance(node.value, str):
        text = node.value.strip()
        if key in BOOLEAN_MEMBERS and text.lower() in ("true", "false"):
            return replace(node, value=text.lower() == "true")
        if key in INTEGER_MEMBERS and re.fullmatch(r"-?\d+", text):
            return replace(node, value=int(text))
    return node


def _embedded_properties(path: str, node: Node | None, text: str) -> Document | None:
    """A broker document for server properties embedded in a template, lines pointing into the file."""
    from msklint.syntax.properties import parse_properties

    if node is None or not isinstance(node.value, str) or node.tag not in (None, "heredoc"):
        return None
    if node.origin and node.origin != os.path.abspath(path):  # set in another file (a variable default)
        from msklint.loaders import read_text

        path, text = (
            node.origin if os.path.isabs(path) else os.path.relpath(node.origin),
            read_text(node.origin),
        )
    lines = text.splitlines()
    start = lines[node.line - 1][node.column - 1 :] if 0 < node.line <= len(lines) else ""
    if node.tag == "heredoc":
        model = parse_properties(node.value, line_offset=node.line - 1)
    elif start[:1] in ("|", ">"):  # YAML block scalar: content starts on the next line
        model = parse_properties(node.value, line_offset=node.line)
    elif "\n" in node.value.rstrip("\n") and not start.startswith(("'", '"')):
        model = parse_properties(node.value, line_offset=node.line - 1)  # plain multi-line YAML scalar
    else:
        model = _properties_on_one_line(node.value, node.line)
    return Document(path=path, kind="broker", model=model, source=text, pointer=node.pointer)


def _properties_on_one_line(value: str, line: int):
    """Properties from a one-line string ("a=1\\nb=2" in JSON): every entry is reported on that line."""
    from msklint.syntax.properties import parse_properties

    model = parse_properties(value)
    model.entries = [replace(e, line=line, value_line=line) for e in model.entries]
    model.comments = [(line, comment) for _, comment in model.comments]
    model.line_offset = line - 1
    return model

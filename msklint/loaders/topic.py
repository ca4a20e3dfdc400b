"""Topic definitions, in the formats teams keep them in, read into one model (`msklint.model.TopicSet`).

Formats, recognised by content (`--kind topic` forces the topic reading and makes "no topics" an error):

- msklint's own, YAML or JSON: `topics:` as a list of `{name, partitions, replication_factor, config}` or
  as a map name → `{partitions, replication_factor, config}`; validated against schemas/topics.schema.json;
- Strimzi `KafkaTopic` resources (`apiVersion: kafka.strimzi.io/*`), multi-document YAML and `kind: List`;
  other operators' `kind: KafkaTopic` resources with `spec.partitions` and `spec.replicas` or
  `spec.replicationFactor` (the topic named by `spec.topicName`, `spec.topic` or `metadata.name`);
- Segment topicctl topic specs (`meta.name`, `spec.partitions`, `spec.replicationFactor`,
  `spec.retentionMinutes`, `spec.settings`);
- Terraform `kafka_topic` (Mongey/kafka provider: `name`, `partitions`, `replication_factor`, `config`) and
  `aws_msk_topic` (AWS provider: `name` or `topic_name`, `partition_count`, `replication_factor`, `configs`
  as `jsonencode({...})`, `base64encode(jsonencode({...}))` or a JSON/Base64 string) from `.tf` files, from
  Terraform's JSON syntax (`.tf.json`), from `terraform show -json` plan or state output, and from JSON
  lists or maps of those resources' attributes (module inputs, `for_each` maps);
- CloudFormation `AWS::MSK::Topic` (`TopicName`, `PartitionCount`, `ReplicationFactor`, `Configs`) and
  custom topic resources (`Custom::...` with `Name`, `Partitions`, `ReplicationFactor`, `Config`);
- `*.topic.properties` (or any properties file with `--kind topic`): one topic's configs, `key=value` per
  line as `kafka-configs --add-config` sets them; the topic is named after the file.

Every value becomes the string Kafka would see (YAML `true` → "true", `0.05` → "0.05", lists joined with
commas); values msklint cannot know (Terraform references, CloudFormation intrinsics, `${...}`
interpolations) become None and rules treat them as unknown.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re

from msklint.findings import InputError
from msklint.loaders import Document
from msklint.model import Setting, Topic, TopicSet
from msklint.syntax import UNKNOWN, is_unknown
from msklint.syntax.structured import Node, child_pointer

KIND = "topic"
TERRAFORM_TYPES = ("kafka_topic", "aws_msk_topic")


# ---------------------------------------------------------------- values


def kafka_string(node: Node | None) -> str | None:
    """The node's value as the string Kafka receives, or None when it is not known before apply."""
    if node is None or is_unknown(node):
        return None
    value = node.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return None if "${" in value else value
    if isinstance(value, list):
        items = [kafka_string(item) for item in value]
        return None if any(item is None for item in items) else ",".join(items)
    if isinstance(value, dict):
        return json.dumps(node.plain())  # Kafka rejects it; the value rule says so
    return None


def setting(node: Node, target: str | None = None) -> Setting:
    return Setting(kafka_string(node), node.line, node.column, target or node.pointer, node.origin)


def config_settings(node: Node | None) -> dict[str, Setting]:
    """A mapping of config key → value, or a string holding one as JSON or Base64-encoded JSON."""
    if node is None:
        return {}
    if isinstance(node.value, dict) and node.tag != UNKNOWN:
        if len(node.value) == 1 and next(iter(node.value)) == "Fn::Base64":
            return config_settings(node.value["Fn::Base64"])
        return {key: setting(child) for key, child in node.value.items() if key != "__labels__"}
    if node.tag == UNKNOWN and isinstance(node.value, str):
        return _hcl_expression_configs(node)
    if node.tag == "!Base64" or isinstance(node.value, str):
        decoded = _decode_json_object(node.value) if isinstance(node.value, str) else None
        if decoded is None:
            return {}
        return {
            key: Setting(_plain_string(value), node.line, node.column, child_pointer(node.pointer, key))
            for key, value in decoded.items()
        }
    return {}


def _plain_string(value) -> str | None:
    return kafka_string(Node(value, 0, 0, ""))


def _decode_json_object(text: str) -> dict | None:
    """A JSON object from a string that holds it as JSON or as Base64 of JSON (`aws_msk_topic.configs`)."""
    candidates = [text]
    with contextlib.suppress(binascii.Error, UnicodeDecodeError, ValueError):
        candidates.append(base64.b64decode(text.strip(), validate=True).decode("utf-8"))
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


_BASE64ENCODE = re.compile(r"^\s*base64encode\s*\((.*)\)\s*$", re.S)


def _hcl_expression_configs(node: Node) -> dict[str, Setting]:
    """`base64encode(jsonencode({...}))`: read the object inside, keeping its lines."""
    match = _BASE64ENCODE.match(node.value)
    if not match or "jsonencode" not in match.group(1):
        return {}
    from msklint.syntax.hcl import parse_hcl

    try:
        inner = parse_hcl(f"locals {{\nvalue = {match.group(1)}\n}}\n").blocks[0].body.get("value")
    except InputError:
        return {}
    if inner is None or not isinstance(inner.value, dict):
        return {}
    shift = node.line - 2  # the expression sits on line 2 of the wrapper
    return {
        key: Setting(kafka_string(child), child.line + shift, child.column, child_pointer(node.pointer, key))
        for key, child in inner.value.items()
    }


def _topic(name_node: Node | None, fallback: Node, default_name: str = "") -> Topic:
    name = kafka_string(name_node) if name_node is not None else None
    where = name_node or fallback
    if name is None:
        computed = name_node.value if name_node is not None and isinstance(name_node.value, str) else ""
        return Topic(
            name=default_name or computed or "?", line=where.line, column=where.column, name_known=False
        )
    return Topic(name=name, line=where.line, column=where.column)


# ---------------------------------------------------------------- formats in JSON/YAML


def _msklint(root: Node) -> list[Topic]:
    _validate_schema(root)
    topics_node = root.get("topics")
    entries = (
        [(item.get("name"), item) for item in topics_node.value]
        if isinstance(topics_node.value, list)
        else [(None, item) for item in topics_node.value.values()]
    )
    topics = []
    for (name_node, item), key in zip(entries, _map_keys(topics_node), strict=True):
        if name_node is None:  # map form: the key is the name
            topic = Topic(name=key, line=item.key_line, column=item.key_column)
        else:
            topic = _topic(name_node, item)
        _fill(topic, item.get("partitions"), item.get("replication_factor"), item.get("config"))
        topics.append(topic)
    return topics


def _map_keys(node: Node) -> list[str | None]:
    return list(node.value) if isinstance(node.value, dict) else [None] * len(node.value)


def _fill(topic: Topic, partitions: Node | None, replicas: Node | None, config: Node | None) -> Topic:
    if partitions is not None:
        topic.partitions = setting(partitions)
    if replicas is not None:
        topic.replication_factor = setting(replicas)
    topic.config.update(config_settings(config))
    return topic


def _validate_schema(root: Node) -> None:
    """The generated validator first (msklint.validators: no jsonschema import for a valid file); jsonschema
    gives the message of an invalid one."""
    from msklint import validators
    from msklint.validators import topics

    plain = root.plain()
    if topics.is_valid(plain):
        return
    import jsonschema

    errors = sorted(
        validators.jsonschema_validator("topics").iter_errors(plain),
        key=lambda e: (list(e.absolute_path), e.message),
    )
    if not errors:
        return
    error = jsonschema.exceptions.best_match(errors)
    pointer = "".join(child_pointer("", part) for part in error.absolute_path)
    node = root.at(pointer) or root
    line, column = (node.key_line, node.key_column) if node.key_line else (node.line, node.column)
    raise InputError(f"topics schema: {pointer or '/'}: {error.message}", line, column)


def _strimzi(node: Node) -> list[Topic]:
    spec = node.get("spec") or Node({}, node.line, node.column, node.pointer)
    metadata = node.get("metadata")
    name_node = spec.get("topicName") or spec.get("topic")
    name_node = name_node or (metadata.get("name") if metadata is not None else None)
    topic = _topic(name_node, node)
    replicas = spec.get("replicas") or spec.get("replicationFactor")
    return [_fill(topic, spec.get("partitions"), replicas, spec.get("config"))]


def _topicctl(node: Node) -> list[Topic]:
    spec = node.get("spec")
    topic = _topic(node.get("meta").get("name"), node)
    _fill(topic, spec.get("partitions"), spec.get("replicationFactor"), spec.get("settings"))
    minutes_node = spec.get("retentionMinutes")
    if minutes_node is not None and "retention.ms" not in topic.config:
        minutes = kafka_string(minutes_node)
        value = str(int(minutes) * 60000) if minutes is not None and minutes.isdigit() else minutes
        topic.config["retention.ms"] = Setting(
            value, minutes_node.line, minutes_node.column, minutes_node.pointer
        )
    return [topic]


def _terraform_attributes(body: Node, resource_type: str | None, label: str, fallback: Node) -> Topic:
    """A kafka_topic / aws_msk_topic resource from its attributes (HCL body, JSON values)."""
    if resource_type is None:
        resource_type = (
            "aws_msk_topic" if body.get("partition_count") or body.get("configs") else "kafka_topic"
        )
    topic = _topic(body.get("name") or body.get("topic_name"), fallback, label)
    if resource_type == "aws_msk_topic":
        topic.cluster = _reference_text(body.get("cluster_arn"))
        return _fill(topic, body.get("partition_count"), body.get("replication_factor"), body.get("configs"))
    return _fill(topic, body.get("partitions"), body.get("replication_factor"), body.get("config"))


def _terraform_json(root: Node) -> list[Topic]:
    """kafka_topic / aws_msk_topic resources of a plan, state or `.tf.json` document."""
    from msklint.forms import resources

    return [
        _terraform_attributes(body, kind, label, body)
        for kind, label, body in resources.terraform(root, *TERRAFORM_TYPES)
    ]


def _looks_like_attributes(node: Node) -> bool:
    return isinstance(node.value, dict) and (
        "partition_count" in node.value or ("partitions" in node.value and "replication_factor" in node.value)
    )


def _attribute_records(root: Node) -> list[Topic]:
    """A JSON list of resource attributes (with `name`), or a map name → attributes."""
    if isinstance(root.value, list):
        return [
            _terraform_attributes(item, None, kafka_string(item.get("resource")) or "", item)
            for item in root.value
        ]
    topics = []
    for key, item in root.value.items():
        topic = _terraform_attributes(item, None, key, item)
        if item.get("name") is None and item.get("topic_name") is None:
            topic.name, topic.line, topic.column, topic.name_known = key, item.key_line, item.key_column, True
        topics.append(topic)
    return topics


def _cloudformation(root: Node) -> list[Topic]:
    from msklint.forms import resources

    topics = []
    for _, kind, resource in resources.cloudformation(root):
        properties = resource.get("Properties")
        if properties is None:
            continue
        if kind == "AWS::MSK::Topic":
            topic = _topic(properties.get("TopicName"), resource)
            topic.cluster = _reference_text(properties.get("ClusterArn"))
            get = properties.get
            topics.append(_fill(topic, get("PartitionCount"), get("ReplicationFactor"), get("Configs")))
        elif kind.startswith("Custom::") and _custom_topic(properties):
            get = properties.get
            topic = _topic(get("Name") or get("TopicName"), resource)
            partitions = get("Partitions") or get("PartitionCount")
            topics.append(_fill(topic, partitions, get("ReplicationFactor"), get("Config") or get("Configs")))
    return topics


def _reference_text(node: Node | None) -> str:
    from msklint.forms.links import reference_text

    return reference_text(node)


def _custom_topic(properties: Node) -> bool:
    keys = set(properties.value) if isinstance(properties.value, dict) else set()
    return bool(keys & {"Name", "TopicName"}) and bool(keys & {"Partitions", "PartitionCount"})


def _is_strimzi(node: Node) -> bool:
    api, kind = node.get("apiVersion"), node.get("kind")
    return (
        api is not None
        and isinstance(api.value, str)
        and api.value.startswith("kafka.strimzi.io/")
        and kind is not None
        and kind.value == "KafkaTopic"
    )


def _is_operator_topic(node: Node) -> bool:
    """A `kind: KafkaTopic` custom resource of another operator than Strimzi (read like Strimzi's)."""
    api, kind, spec = node.get("apiVersion"), node.get("kind"), node.get("spec")
    return (
        api is not None
        and isinstance(api.value, str)
        and kind is not None
        and kind.value == "KafkaTopic"
        and spec is not None
        and isinstance(spec.value, dict)
        and "partitions" in spec.value
        and bool({"replicas", "replicationFactor"} & set(spec.value))
    )


def _is_topicctl(node: Node) -> bool:
    meta, spec = node.get("meta"), node.get("spec")
    return (
        meta is not None
        and meta.get("name") is not None
        and spec is not None
        and isinstance(spec.value, dict)
        and ("partitions" in spec.value or "replicationFactor" in spec.value)
    )


def _msklint_shaped(topics_node: Node) -> bool:
    """A `topics:` list of mappings, or map of mappings: msklint's format (other tools list topic names)."""
    if isinstance(topics_node.value, list):
        return all(isinstance(item.value, dict) for item in topics_node.value)
    return isinstance(topics_node.value, dict) and all(
        isinstance(v.value, dict) for v in topics_node.value.values()
    )


def _structured_topics(root: Node, forced: bool) -> list[tuple[str, list[Topic]]]:
    """(format, topics) found in one JSON/YAML document; `forced`: the user said these are topics."""
    from msklint.forms import resources

    if isinstance(root.value, dict):
        if _is_strimzi(root):
            return [("strimzi", _strimzi(root))]
        if root.get("kind") is not None and root.get("kind").value == "List" and root.get("items"):
            found = [t for item in root.get("items").elements() if _is_strimzi(item) for t in _strimzi(item)]
            return [("strimzi", found)] if found else []
        if _is_topicctl(root):
            return [("topicctl", _topicctl(root))]
        if _is_operator_topic(root):
            return [("kafkatopic", _strimzi(root))]
        topics_node = root.get("topics")
        # a rebalance plan or a live-state file keeps facts per topic, not definitions
        if root.get("msklint_plan") is not None or root.get("msklint_live") is not None:
            return []
        if topics_node is not None and (_msklint_shaped(topics_node) or (forced and len(root.value) == 1)):
            return [("msklint", _msklint(root))]
        form = resources.form(root)
        if form is not None:
            found = _cloudformation(root) if form == resources.CLOUDFORMATION else _terraform_json(root)
            name = {resources.TERRAFORM_PLAN: "terraform-plan", resources.TERRAFORM_JSON: "terraform"}.get(
                form, form
            )
            return [(name, found)] if found else []
        if root.value and all(_looks_like_attributes(item) for item in root.value.values()):
            return [("terraform-values", _attribute_records(root))]
    elif isinstance(root.value, list) and root.value:
        items = root.value
        if all(_is_strimzi(item) for item in items):
            return [("strimzi", [t for item in items for t in _strimzi(item)])]
        if all(_looks_like_attributes(item) and item.get("name") is not None for item in items):
            return [("terraform-values", _attribute_records(root))]
    return []


# ---------------------------------------------------------------- entry points


def extract(path: str, parsed, text: str, kind: str | None) -> list[Document]:
    """The topic documents in a parsed JSON/YAML (StructuredFile) or .tf (HclFile) file."""
    if kind not in (None, KIND):
        return []
    found: dict[str, list[Topic]] = {}
    if hasattr(parsed, "blocks"):
        for block in parsed.blocks:
            if block.type == "resource" and len(block.labels) == 2 and block.labels[0] in TERRAFORM_TYPES:
                resource_type, label = block.labels
                fallback = Node(None, block.line, block.column, block.body.pointer)
                topic = _terraform_attributes(block.body, resource_type, f"{resource_type}.{label}", fallback)
                found.setdefault("terraform", []).append(topic)
    else:
        for root in parsed.documents:
            for format_name, topics in _structured_topics(root, kind == KIND):
                found.setdefault(format_name, []).extend(topics)
    if not found and kind == KIND:
        raise InputError(
            "no topic definitions found (msklint topics, Strimzi KafkaTopic, topicctl, Terraform "
            "kafka_topic/aws_msk_topic, CloudFormation AWS::MSK::Topic)"
        )
    duplicates = getattr(parsed, "duplicates", [])
    return [
        Document(
            path=path,
            kind=KIND,
            model=TopicSet(topics=topics, format=format_name),
            source=text,
            extras={"duplicates": duplicates},
        )
        for format_name, topics in found.items()
    ]


def from_properties(path: str, text: str) -> list[Document]:
    """A `*.topic.properties` file: the configs of one topic, named after the file."""
    from msklint.syntax.properties import parse_properties

    properties = parse_properties(text)
    base = os.path.basename(path)
    name = re.sub(r"(\.topic)?\.properties$", "", base, flags=re.I) or base
    topic = Topic(name=name, line=1, column=1)
    for entry in properties.entries:  # the last of a repeated key wins, as in Java
        topic.config[entry.key] = Setting(entry.value, entry.value_line, entry.value_column, entry.key)
    return [
        Document(
            path=path,
            kind=KIND,
            model=TopicSet(topics=[topic], format="properties"),
            source=text,
            extras={"properties": properties},
        )
    ]

"""The IAM pack's model and the knowledge the iam_* rules share: policies and statements, the action catalog,
ARNs, what a policy grants. Policies are read by `msklint.packs.iam.reader`.

Values a template computes stay unresolved. `resolve_text` turns what can be read into text in which every
unknown part is a `${...}` placeholder (CloudFormation `Fn::Sub`/`!Sub` templates, `Ref` to `${Name}`,
`Fn::Join` of such parts, Terraform interpolations); anything else (`Fn::If`, `Fn::GetAtt`, a Terraform
reference to a list) is None: rules that need it report "cannot check" at info, or stay silent.
"""

from __future__ import annotations

import fnmatch
import json
import re
from functools import cache
from pathlib import Path

from msklint.record import field, record
from msklint.syntax import UNKNOWN
from msklint.syntax.structured import Node

PLACEHOLDER = re.compile(r"\$\{[^}]*\}")
DATA = Path(__file__).resolve().parent.parent.parent / "data"  # msklint/data
KAFKA_SERVICES = ("kafka-cluster", "kafka", "kafkaconnect")

# Policy roles: what the policy is attached to decides which elements it may have.
IDENTITY, RESOURCE, TRUST, CLUSTER = "identity", "resource", "trust", "cluster-policy"


# ---------------------------------------------------------------- catalog


@cache
def catalog() -> dict:
    return json.loads(DATA.joinpath("iam-catalog.json").read_text("utf-8"))


@cache
def all_actions() -> dict[str, tuple[str, str]]:
    """lower-case "prefix:name" -> (prefix, spelled name) for every catalogued action."""
    return {
        f"{prefix}:{name}".lower(): (prefix, name)
        for prefix, service in catalog()["services"].items()
        for name in service["actions"]
    }


def action_info(prefix: str, name: str) -> dict:
    return catalog()["services"][prefix]["actions"][name]


def expand_action(pattern: str) -> list[tuple[str, str]] | None:
    """Catalogued (prefix, name) pairs an action pattern stands for; None when its service is not catalogued
    (or the pattern is `*`, which stands for every action of every service)."""
    found = _expanded(pattern.lower())
    return None if found is None else list(found)


@cache
def _expanded(pattern: str) -> tuple[tuple[str, str], ...] | None:
    """expand_action for a lower-case pattern, once per pattern and run: a pattern without wildcards is a
    lookup, one with wildcards a compiled regular expression over its service's actions only."""
    if ":" not in pattern:
        return None
    prefix = pattern.split(":", 1)[0]
    wild_prefix = "*" in prefix or "?" in prefix
    if wild_prefix:
        if not any(fnmatch.fnmatchcase(p, prefix) for p in KAFKA_SERVICES):
            return None
    elif prefix not in KAFKA_SERVICES:
        return None
    if not wild_prefix and not any(ch in pattern for ch in "*?["):
        found = all_actions().get(pattern)
        return (found,) if found else ()
    match = re.compile(fnmatch.translate(pattern)).match
    keys = all_actions() if wild_prefix else _actions_of(prefix)
    return tuple(value for key, value in all_actions().items() if key in keys and match(key))


@cache
def _actions_of(prefix: str) -> frozenset[str]:
    return frozenset(key for key in all_actions() if key.startswith(prefix + ":"))


# ---------------------------------------------------------------- values


def resolve_text(node: Node | None) -> str | None:
    """The node as text with `${...}` placeholders for unknown parts, or None when it cannot be read."""
    if node is None:
        return None
    value = node.value
    if node.tag in ("!Sub",):
        if isinstance(value, str):
            return value
        if isinstance(value, list) and value and isinstance(value[0].value, str):
            return value[0].value
        return None
    if node.tag == "!Ref":
        return "${" + str(value) + "}" if isinstance(value, str) else None
    if node.tag == "!Join":
        return _join(value)
    if node.tag == UNKNOWN:
        return _terraform_text(value)
    if node.tag and node.tag.startswith("!"):
        return None
    if isinstance(value, str):
        return _known_references(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if key == "Fn::Sub":
            if isinstance(inner.value, str):
                return inner.value
            if isinstance(inner.value, list) and inner.value and isinstance(inner.value[0].value, str):
                return inner.value[0].value
            return None
        if key == "Ref":
            return "${" + str(inner.value) + "}" if isinstance(inner.value, str) else None
        if key == "Fn::Join":
            return _join(inner.value)
    return None


def _join(value) -> str | None:
    if not isinstance(value, list) or len(value) != 2 or not isinstance(value[0].value, str):
        return None
    parts = value[1].value
    if not isinstance(parts, list):
        return None
    texts = [resolve_text(part) for part in parts]
    return None if any(t is None for t in texts) else value[0].value.join(texts)


def _terraform_text(source: str) -> str | None:
    """A Terraform expression as text: a quoted template keeps its literal parts; a bare reference to a
    single value becomes one placeholder; anything else (lists, function calls) is unknown."""
    source = source.strip()
    if len(source) >= 2 and source[0] == source[-1] == '"':
        return _known_references(source[1:-1])
    if re.fullmatch(r"[A-Za-z_][\w.\-]*(\[[^\]]*\])?(\.[\w\-]+)*", source):
        return _known_references("${" + source + "}")
    return None


_TF_CLUSTER_ARN = re.compile(r"\$\{(aws_msk(?:_serverless)?_cluster\.[\w-]+(?:\[[^\]]*\])?)\.arn\}")


def _known_references(text: str) -> str:
    """A Terraform reference to an MSK cluster's ARN written out as a cluster ARN with unknown parts."""
    if "${" not in text:
        return text
    return _TF_CLUSTER_ARN.sub(cluster_arn_template, text)


def cluster_arn_template(match) -> str:
    name = match.group(1) if hasattr(match, "group") else match
    return f"arn:${{Partition}}:kafka:${{Region}}:${{Account}}:cluster/${{{name}.name}}/${{{name}.uuid}}"


def has_placeholder(text: str) -> bool:
    return "${" in text


@cache
def as_glob(text: str) -> str:
    """Text with placeholders as a glob: every unknown part may be anything."""
    return PLACEHOLDER.sub("*", text)


# ---------------------------------------------------------------- model


@record
class Statement:
    node: Node
    index: int

    def get(self, key: str) -> Node | None:
        return self.node.get(key)

    @property
    def effect(self) -> str | None:
        node = self.get("Effect")
        return node.value if node is not None and isinstance(node.value, str) else None

    @property
    def allows(self) -> bool:
        return self.effect == "Allow"

    def action_nodes(self) -> list[Node]:
        return _string_items(self.get("Action"))

    def not_action_nodes(self) -> list[Node]:
        return _string_items(self.get("NotAction"))

    def resource_nodes(self) -> list[Node]:
        node = self.get("Resource")
        return [] if node is None else node.elements()

    def principal(self) -> Node | None:
        return self.get("Principal")

    def conditions(self) -> dict[str, dict[str, Node]]:
        """operator -> {key: values node} (keys as written)."""
        node = self.get("Condition")
        if node is None or not isinstance(node.value, dict):
            return {}
        return {op: dict(block.items()) for op, block in node.items() if isinstance(block.value, dict)}

    def condition_keys(self) -> set[str]:
        return {key.lower() for block in self.conditions().values() for key in block}


def _string_items(node: Node | None) -> list[Node]:
    if node is None:
        return []
    return [item for item in node.elements() if isinstance(item.value, str)]


@record
class Policy:
    root: Node  # the policy document
    role: str  # IDENTITY, RESOURCE, TRUST or CLUSTER
    label: str  # where it sits, for messages: "AWS::IAM::Role MyRole (trust policy)"
    principal_key: str | None = None  # what it is attached to, e.g. "role:MyRole" (same file only)
    extras: dict = field(factory=dict)

    def statements(self) -> list[Statement]:
        found = self.extras.get("statements")  # read once per policy: most iam_* rules ask
        if found is None:
            node = self.root.get("Statement")
            items = [] if node is None else node.value if isinstance(node.value, list) else [node]
            found = self.extras["statements"] = tuple(
                Statement(item, i) for i, item in enumerate(items) if isinstance(item.value, dict)
            )
        return list(found)


@record
class ScramSecret:
    """A Secrets Manager secret used for MSK SASL/SCRAM sign-in credentials, from the same template."""

    node: Node  # the secret resource's properties (or Terraform body)
    label: str
    name: Node | None
    kms_key: Node | None
    for_msk: bool  # associated with an MSK cluster in this file (not just named AmazonMSK_)


# ---------------------------------------------------------------- ARNs


@record(frozen=True)
class Arn:
    text: str
    partition: str
    service: str
    region: str
    account: str
    resource: str  # everything after the fifth colon

    @property
    def resource_type(self) -> str | None:
        """'cluster', 'topic', ... when literal; None when unknown (wildcard or placeholder)."""
        head = re.split(r"[/:]", self.resource, maxsplit=1)[0]
        if not head or "*" in head or "?" in head or has_placeholder(head):
            return None
        return head


@cache
def parse_arn(text: str) -> Arn | None:
    parts = text.split(":", 5)
    if len(parts) < 6 or parts[0] != "arn":
        return None
    return Arn(text, parts[1], parts[2], parts[3], parts[4], parts[5])


def arn_service(prefix: str) -> str:
    """The service name in the ARNs of an action prefix's resources."""
    return "kafkaconnect" if prefix == "kafkaconnect" else "kafka"


@cache
def type_heads(prefix: str) -> dict[str, str]:
    """Catalog resource type name -> the word its ARNs start with after the account ('custom plugin' ->
    'custom-plugin')."""
    heads = {}
    for name, arn in catalog()["services"][prefix]["resources"].items():
        after = arn.split(":", 5)[5] if arn.count(":") >= 5 else arn
        heads[name] = re.split(r"[/:$]", after, maxsplit=1)[0]
    return heads


@cache
def resource_types_of(text: str, service: str = "kafka") -> frozenset[str] | None:
    """The resource types (ARN words: 'cluster', 'topic', ...) of `service` a Resource string can name:
    None = any (`*`, a wildcard type or an unknown part); an empty set = none (another service, not an ARN)."""
    glob = as_glob(text)
    if glob.strip("*") == "":
        return None
    arn = parse_arn(glob)
    if arn is None:
        return frozenset()
    if not fnmatch.fnmatchcase(service, arn.service.lower()):
        return frozenset()
    head = arn.resource.split("/", 1)[0]
    if "*" in head or "?" in head:
        return None
    return frozenset((head,))


@cache
def cluster_part(text: str) -> str:
    """The 'NAME/UUID' a kafka ARN's resource is in, as a glob ('*' when unknown)."""
    arn = parse_arn(text)
    if arn is None:
        return "*"
    pieces = as_glob(arn.resource).split("/")
    if len(pieces) < 2:
        return "*"
    if len(pieces) == 2:
        return f"{pieces[1]}/*" if not pieces[1].endswith("*") else pieces[1]
    return f"{pieces[1]}/{pieces[2]}"


def globs_overlap(a: str, b: str) -> bool:
    """Whether two ARN globs can name a common resource (a cheap, permissive test)."""
    if a == b or "*" in (a, b):
        return True
    return fnmatch.fnmatchcase(a, b) or fnmatch.fnmatchcase(b, a) or _prefix_overlap(a, b)


def _prefix_overlap(a: str, b: str) -> bool:
    """Literal prefixes up to the first wildcard agree (both may then widen to a common value)."""
    pa, pb = a.split("*", 1)[0], b.split("*", 1)[0]
    if "*" in a and "*" in b:
        return pa.startswith(pb) or pb.startswith(pa)
    return False


def same_account_region(a: str, b: str) -> bool:
    arn_a, arn_b = parse_arn(as_glob(a)), parse_arn(as_glob(b))
    if arn_a is None or arn_b is None:
        return True
    return all(
        globs_overlap(x, y)
        for x, y in (
            (arn_a.partition, arn_b.partition),
            (arn_a.region, arn_b.region),
            (arn_a.account, arn_b.account),
        )
    )


def did_you_mean(word: str, choices, cutoff: float = 0.75) -> str:
    from msklint.suggest import closest

    return closest(word, choices, cutoff, ignore_case=True)


# ---------------------------------------------------------------- what a policy grants


@record(frozen=True)
class Grant:
    """One catalogued action an Allow statement names, with one of the statement's resources."""

    prefix: str
    name: str
    resource: str | None  # text with ${} placeholders; None when the template computes it
    statement: Statement
    action_node: Node
    resource_node: Node

    @property
    def action(self) -> str:
        return f"{self.prefix}:{self.name}"

    @property
    def explicit(self) -> bool:
        """Named exactly rather than through a wildcard pattern."""
        return "*" not in self.action_node.value and "?" not in self.action_node.value

    def effective(self) -> bool | None:
        """Whether the action can apply to this resource (None: cannot tell)."""
        return applies_to(self.prefix, self.name, self.resource)


@cache
def applies_to(prefix: str, name: str, resource: str | None) -> bool | None:
    if resource is None:
        return None
    types = action_info(prefix, name)["resource_types"]
    if not types:
        return True  # not resource-level: only "*" really matches; the ARN rules say so
    named = resource_types_of(resource, arn_service(prefix))
    heads = type_heads(prefix)
    return True if named is None else bool(named & {heads.get(t, t) for t in types})


def grants(policy: Policy, allow: bool = True) -> list[Grant]:
    """Every (catalogued action, resource) pair the policy's Allow (or Deny) statements name; worked out
    once per policy (several rules ask) and kept in its extras."""
    key = ("grants", allow)
    found = policy.extras.get(key)
    if found is None:
        found = policy.extras[key] = tuple(_grants(policy, allow))
    return list(found)


def _grants(policy: Policy, allow: bool):
    for statement in policy.statements():
        if statement.allows != allow or statement.get("NotResource") is not None:
            continue
        resources = [(resolve_text(node), node) for node in statement.resource_nodes()]
        if not resources and policy.role in (TRUST,):
            continue
        for action_node in statement.action_nodes():
            for prefix, name in expand_action(action_node.value) or []:
                for text, resource_node in resources:
                    yield Grant(prefix, name, text, statement, action_node, resource_node)


def kafka_actions_of(statement: Statement) -> list[tuple[Node, list[tuple[str, str]]]]:
    """(action node, catalogued actions it stands for) for the statement's kafka* actions."""
    found = []
    for node in statement.action_nodes():
        expanded = expand_action(node.value)
        if expanded:
            found.append((node, expanded))
    return found


def policy_of(doc) -> Policy | None:
    return doc.model if isinstance(doc.model, Policy) else None


def same_cluster(a: str | None, b: str | None) -> bool:
    """Whether two resources can belong to one cluster (unknown resources can)."""
    if a is None or b is None:
        return True
    return same_account_region(a, b) and globs_overlap(cluster_part(a), cluster_part(b))


@cache
def cluster_key(text: str | None) -> tuple | None:
    """All that `same_cluster` compares of a resource: resources with one key are in the same clusters."""
    arn = parse_arn(as_glob(text)) if text is not None else None
    return None if arn is None else (arn.partition, arn.region, arn.account, cluster_part(text))


def same_cluster_keys(a: tuple | None, b: tuple | None) -> bool:
    """`same_cluster` on two `cluster_key`s (no ARN parsed again)."""
    return a is None or b is None or all(globs_overlap(x, y) for x, y in zip(a, b, strict=True))


def principal_groups(docs, together: bool) -> list[list]:
    """Identity and cluster policies grouped by the principal they are attached to: policies attached to
    one role in one file form a group; every other policy is alone. `together`: all identity policies of
    the run form one group (the --group-policies option)."""
    groups: dict = {}
    for doc in docs:
        policy = policy_of(doc)
        if policy is None or policy.role == TRUST:
            continue
        if together and policy.role != CLUSTER:
            key = ("all",)
        elif policy.principal_key:
            key = (doc.path, policy.principal_key)
        else:
            key = (doc.path, doc.pointer, id(doc))
        groups.setdefault(key, []).append(doc)
    return list(groups.values())


@cache
def service_action_names() -> dict[str, set[str]]:
    """Every service prefix -> its lower-case action names (read only when a policy names another service)."""
    data = json.loads(DATA.joinpath("iam-actions.json").read_text("utf-8"))
    return {prefix: set(names.split()) for prefix, names in data.items()}

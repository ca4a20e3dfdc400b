"""IAM policies for MSK: find them in JSON/YAML/Terraform files, and the model the iam_* rules share.

Where policies come from:
- a plain policy document (a JSON/YAML file whose root has `Statement`);
- CloudFormation: AWS::IAM::Policy / ManagedPolicy / RolePolicy / UserPolicy / GroupPolicy
  (PolicyDocument), AWS::IAM::Role (AssumeRolePolicyDocument = trust policy, Policies[].PolicyDocument),
  AWS::MSK::ClusterPolicy (Policy = cluster resource policy); a policy may be an object or a JSON string;
- Terraform: data "aws_iam_policy_document" blocks, and `policy` / `assume_role_policy` /
  `inline_policy { policy }` of aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy,
  aws_iam_group_policy, aws_iam_role and aws_msk_cluster_policy, given as jsonencode(...), a heredoc
  or a string (a reference to a policy document data block gives that block its role).

Values a template computes stay unresolved. `resolve_text` turns what can be read into text in which every
unknown part is a `${...}` placeholder (CloudFormation `Fn::Sub`/`!Sub` templates, `Ref` to `${Name}`,
`Fn::Join` of such parts, Terraform interpolations); anything else (`Fn::If`, `Fn::GetAtt`, a Terraform
reference to a list) is None: rules that need it report "cannot check" at info, or stay silent.
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from msklint.findings import InputError
from msklint.syntax import UNKNOWN, is_unknown
from msklint.syntax.structured import Node, child_pointer

KIND = "iam"
PLACEHOLDER = re.compile(r"\$\{[^}]*\}")
KAFKA_SERVICES = ("kafka-cluster", "kafka", "kafkaconnect")

# Policy roles: what the policy is attached to decides which elements it may have.
IDENTITY, RESOURCE, TRUST, CLUSTER = "identity", "resource", "trust", "cluster-policy"


# ---------------------------------------------------------------- catalog


@cache
def catalog() -> dict:
    return json.loads(resources.files("msklint").joinpath("data/iam-catalog.json").read_text("utf-8"))


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


def as_glob(text: str) -> str:
    """Text with placeholders as a glob: every unknown part may be anything."""
    return PLACEHOLDER.sub("*", text)


# ---------------------------------------------------------------- model


@dataclass
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


@dataclass
class Policy:
    root: Node  # the policy document
    role: str  # IDENTITY, RESOURCE, TRUST or CLUSTER
    label: str  # where it sits, for messages: "AWS::IAM::Role MyRole (trust policy)"
    principal_key: str | None = None  # what it is attached to, e.g. "role:MyRole" (same file only)
    extras: dict = field(default_factory=dict)

    def statements(self) -> list[Statement]:
        node = self.root.get("Statement")
        if node is None:
            return []
        items = node.value if isinstance(node.value, list) else [node]
        return [Statement(item, i) for i, item in enumerate(items) if isinstance(item.value, dict)]


@dataclass
class ScramSecret:
    """A Secrets Manager secret used for MSK SASL/SCRAM sign-in credentials, from the same template."""

    node: Node  # the secret resource's properties (or Terraform body)
    label: str
    name: Node | None
    kms_key: Node | None
    for_msk: bool  # associated with an MSK cluster in this file (not just named AmazonMSK_)


# ---------------------------------------------------------------- extraction


def extract(path: str, parsed, text: str, kind: str | None):
    from msklint.loaders import Document
    from msklint.syntax.hcl import HclFile

    if kind not in (None, KIND):
        return []
    if isinstance(parsed, HclFile):
        models = _from_terraform(parsed)
    else:
        models = []
        for root in parsed.documents:
            models.extend(_from_structured(root))
        if kind == KIND and not models:
            raise InputError("not an IAM policy: no 'Statement' element and no IAM resources found")
    documents = []
    for model in models:
        _check_size(model)
        pointer = model.root.pointer if isinstance(model, Policy) else model.node.pointer
        extras = {}
        if not isinstance(parsed, HclFile):
            extras["duplicates"] = [d for d in parsed.duplicates if d.pointer.startswith(pointer)]
        documents.append(Document(path, KIND, model, text, pointer, extras))
    return documents


# AWS caps a managed policy at 6,144 characters and a role's inline policies at 10,240 (IAM quotas): at most
# a few hundred statements. Beyond this bound a file is refused rather than linted for minutes.
MAX_STATEMENTS = 1000


def _check_size(model) -> None:
    node = model.root.get("Statement") if isinstance(model, Policy) else None
    if node is not None and isinstance(node.value, list) and len(node.value) > MAX_STATEMENTS:
        raise InputError(
            f"IAM policy with {len(node.value)} statements: beyond AWS's policy size quotas (10,240 characters);"
            f" msklint reads at most {MAX_STATEMENTS}",
            node.line,
            node.column,
        )


def _from_structured(root: Node) -> list:
    if not isinstance(root.value, dict):
        return []
    if "Statement" in root.value:
        return [Policy(root, infer_role(root), "policy document")]
    resources_node = root.get("Resources")
    if resources_node is None or not isinstance(resources_node.value, dict):
        return []
    return _from_cloudformation(resources_node)


def infer_role(root: Node) -> str:
    """Trust policy when a statement with a principal allows sts:AssumeRole*; resource policy when a
    statement names a principal; identity policy otherwise."""
    statements = Policy(root, IDENTITY, "").statements()
    with_principal = [s for s in statements if s.get("Principal") is not None or s.get("NotPrincipal")]
    if not with_principal:
        return IDENTITY
    actions = [a.value.lower() for s in with_principal for a in s.action_nodes()]
    if actions and all(a.startswith("sts:assumerole") or a.startswith("sts:tagsession") for a in actions):
        return TRUST
    if any(a.startswith(("kafka:", "kafka-cluster:")) for a in actions):
        return CLUSTER
    return RESOURCE


_CFN_POLICY_TYPES = {
    "AWS::IAM::Policy": "PolicyDocument",
    "AWS::IAM::ManagedPolicy": "PolicyDocument",
    "AWS::IAM::RolePolicy": "PolicyDocument",
    "AWS::IAM::UserPolicy": "PolicyDocument",
    "AWS::IAM::GroupPolicy": "PolicyDocument",
}


def _cfn_refs(node: Node | None) -> list[str]:
    """Logical ids a Roles/Users/Groups/RoleName property refers to."""
    if node is None:
        return []
    found = []
    for item in node.elements():
        text = resolve_text(item)
        if text and text.startswith("${") and text.endswith("}") and text.count("${") == 1:
            found.append(text[2:-1])
        elif text:
            found.append(text)
    return found


_CFN_CLUSTER_TYPES = ("AWS::MSK::Cluster", "AWS::MSK::ServerlessCluster")


def _cfn_cluster_refs(root: Node, clusters: set[str]) -> None:
    """Write `Ref`s (and `Fn::GetAtt [X, Arn]`) to an MSK cluster of the template as the cluster ARN they
    return, with unknown parts, so rules can tell the resource type."""
    value = root.value
    target = None
    if root.tag == "!Ref" and isinstance(value, str) and value in clusters:
        target = value
    elif root.tag == "!GetAtt" and isinstance(value, str) and value.split(".")[0] in clusters:
        target = value.split(".")[0] if value.endswith(".Arn") else None
    elif isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if key == "Ref" and isinstance(inner.value, str) and inner.value in clusters:
            target = inner.value
        elif (
            key == "Fn::GetAtt"
            and isinstance(inner.value, list)
            and len(inner.value) == 2
            and inner.value[0].value in clusters
            and inner.value[1].value == "Arn"
        ):
            target = inner.value[0].value
    if target is not None:
        root.value, root.tag = cluster_arn_template(target), "!Sub"
        return
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        _cfn_cluster_refs(child, clusters)


def _from_cloudformation(resources_node: Node) -> list:
    models: list = []
    secrets_for_msk: set[str] = set()
    clusters = {
        name
        for name, r in resources_node.items()
        if r.get("Type") is not None and r.get("Type").value in _CFN_CLUSTER_TYPES
    }
    for _name, resource in resources_node.items():
        if resource.get("Type") is not None and resource.get("Type").value == "AWS::MSK::BatchScramSecret":
            props = resource.get("Properties")
            secrets_for_msk.update(_cfn_refs(props.get("SecretArnList") if props else None))
    for name, resource in resources_node.items():
        type_node = resource.get("Type")
        props = resource.get("Properties")
        if type_node is None or not isinstance(type_node.value, str) or props is None:
            continue
        kind = type_node.value
        if kind in _CFN_POLICY_TYPES:
            principals = [
                f"{what}:{ref}"
                for what, key in (("role", "Roles"), ("user", "Users"), ("group", "Groups"))
                for ref in _cfn_refs(props.get(key))
            ] + [f"role:{ref}" for ref in _cfn_refs(props.get("RoleName"))]
            policy = _policy_at(props.get(_CFN_POLICY_TYPES[kind]), IDENTITY, f"{kind} {name}")
            if policy:
                policy.principal_key = principals[0] if len(principals) == 1 else None
                policy.extras["principals"] = principals
                models.append(policy)
        elif kind == "AWS::IAM::Role":
            trust = _policy_at(props.get("AssumeRolePolicyDocument"), TRUST, f"{kind} {name} (trust policy)")
            if trust:
                trust.principal_key = f"role:{name}"
                trust.extras["managed_policy_arns"] = [
                    resolve_text(n) or ""
                    for n in (props.get("ManagedPolicyArns") or Node([], 0, 0, "")).elements()
                ]
                models.append(trust)
            for item in (props.get("Policies") or Node([], 0, 0, "")).elements():
                label = resolve_text(item.get("PolicyName")) or "inline policy"
                policy = _policy_at(item.get("PolicyDocument"), IDENTITY, f"{kind} {name} policy {label}")
                if policy:
                    policy.principal_key = f"role:{name}"
                    models.append(policy)
        elif kind == "AWS::MSK::ClusterPolicy":
            policy = _policy_at(props.get("Policy"), CLUSTER, f"{kind} {name}")
            if policy:
                models.append(policy)
        elif kind == "AWS::SecretsManager::Secret":
            name_node = props.get("Name")
            name_text = resolve_text(name_node) or ""
            for_msk = name in secrets_for_msk
            if for_msk or name_text.startswith("AmazonMSK_"):
                models.append(ScramSecret(props, f"{kind} {name}", name_node, props.get("KmsKeyId"), for_msk))
    for model in models:
        if isinstance(model, Policy) and clusters:
            _cfn_cluster_refs(model.root, clusters)
    return models


def _policy_at(node: Node | None, role: str, label: str) -> Policy | None:
    """The policy a property holds: an object, or a JSON string (parsed, positions shifted to the file)."""
    if node is None:
        return None
    if isinstance(node.value, dict) and not is_unknown(node):
        return Policy(node, role if role != IDENTITY else _refine(node, role), label)
    if (isinstance(node.value, str) and node.tag in (None, "heredoc", "!Sub")) or (
        node.tag == UNKNOWN and isinstance(node.value, str) and node.value.lstrip().startswith("{")
    ):
        text = node.value
        if not text.lstrip().startswith("{"):
            return None
        root = parse_embedded(text, node)
        return Policy(root, role if role != IDENTITY else _refine(root, role), label)
    return None


def _refine(root: Node, role: str) -> str:
    inferred = infer_role(root)
    return inferred if inferred != IDENTITY else role


def parse_embedded(text: str, holder: Node) -> Node:
    """Parse a policy held as a JSON string; lines are shifted so findings point into the file."""
    from msklint.syntax.structured import parse_json

    # a heredoc's Node line is its first content line; a one-line string starts at its quote
    line_shift = holder.line - 1
    column_shift = 0 if "\n" in text else holder.column
    try:
        parsed = parse_json(text)
    except InputError as error:
        line = error.line + line_shift if error.line else holder.line
        column = error.column + (column_shift if error.line == 1 else 0)
        raise InputError(
            f"embedded policy at {holder.pointer or '/'}: {error.message}", line, column
        ) from None
    root = parsed.documents[0]
    _shift(root, line_shift, column_shift, holder.pointer)
    return root


def _shift(node: Node, lines: int, columns: int, prefix: str) -> None:
    if node.line == 1:
        node.column += columns
    if node.key_line == 1:
        node.key_column += columns
    node.line += lines
    if node.key_line:
        node.key_line += lines
    node.pointer = prefix + node.pointer
    children = (
        node.value.values()
        if isinstance(node.value, dict)
        else node.value
        if isinstance(node.value, list)
        else ()
    )
    for child in children:
        _shift(child, lines, columns, prefix)


# ---------------------------------------------------------------- Terraform

_TF_POLICY_ATTRIBUTES = {
    "aws_iam_policy": ("policy", IDENTITY),
    "aws_iam_role_policy": ("policy", IDENTITY),
    "aws_iam_user_policy": ("policy", IDENTITY),
    "aws_iam_group_policy": ("policy", IDENTITY),
    "aws_msk_cluster_policy": ("policy", CLUSTER),
}
_DATA_REFERENCE = re.compile(r"data\.aws_iam_policy_document\.([\w-]+)\.json")


def _from_terraform(hcl) -> list:
    models: list = []
    data_roles: dict[str, tuple[str, str | None]] = {}  # policy document name -> (role, principal key)
    for block in hcl.blocks:
        if block.type != "resource" or len(block.labels) != 2:
            continue
        kind, name = block.labels
        body = block.body
        attached = []
        if kind in _TF_POLICY_ATTRIBUTES:
            attribute, role = _TF_POLICY_ATTRIBUTES[kind]
            role_ref = body.get("role")
            principal = _tf_role_key(role_ref) if role_ref is not None else None
            attached.append((body.get(attribute), role, f"{kind}.{name}", principal))
        elif kind == "aws_iam_role":
            attached.append(
                (body.get("assume_role_policy"), TRUST, f"{kind}.{name} (trust policy)", f"role:{name}")
            )
            for inline in (body.get("inline_policy") or Node([], 0, 0, "")).elements():
                attached.append(
                    (inline.get("policy"), IDENTITY, f"{kind}.{name} inline_policy", f"role:{name}")
                )
        for node, role, label, principal in attached:
            if node is None:
                continue
            reference = (
                _DATA_REFERENCE.search(node.value)
                if node.tag == UNKNOWN and isinstance(node.value, str)
                else None
            )
            if reference:
                data_roles[reference.group(1)] = (role, principal)
                continue
            policy = (
                _policy_at(node, role, label)
                if node.tag != UNKNOWN or node.value.lstrip().startswith("{")
                else None
            )
            if policy:
                policy.principal_key = principal
                models.append(policy)
        if kind == "aws_secretsmanager_secret":
            name_node = body.get("name")
            if (resolve_text(name_node) or "").startswith("AmazonMSK_") or _tf_secret_used(hcl, name):
                models.append(
                    ScramSecret(
                        body, f"{kind}.{name}", name_node, body.get("kms_key_id"), _tf_secret_used(hcl, name)
                    )
                )
    for block in hcl.blocks:
        if block.type == "data" and len(block.labels) == 2 and block.labels[0] == "aws_iam_policy_document":
            name = block.labels[1]
            root = policy_document_from_hcl(block.body)
            role, principal = data_roles.get(name, (None, None))
            role = role or infer_role(root)
            if role == IDENTITY:
                role = _refine(root, role)
            models.append(Policy(root, role, f"data.aws_iam_policy_document.{name}", principal))
    return models


def _tf_role_key(node: Node) -> str | None:
    text = node.value if isinstance(node.value, str) else ""
    match = re.search(r"aws_iam_role\.([\w-]+)\.(?:id|name)", text)
    return f"role:{match.group(1)}" if match else (f"role:{text}" if node.tag is None and text else None)


def _tf_secret_used(hcl, name: str) -> bool:
    pattern = re.compile(rf"aws_secretsmanager_secret\.{re.escape(name)}\.arn")
    for _kind, _name, body in hcl.resources("aws_msk_scram_secret_association"):
        arns = body.get("secret_arn_list")
        if arns is not None and any(
            isinstance(item.value, str) and pattern.search(item.value) for item in arns.elements()
        ):
            return True
    return False


_TF_STATEMENT_KEYS = {
    "sid": "Sid",
    "effect": "Effect",
    "actions": "Action",
    "not_actions": "NotAction",
    "resources": "Resource",
    "not_resources": "NotResource",
}


def policy_document_from_hcl(body: Node) -> Node:
    """An aws_iam_policy_document data block as an IAM policy tree; every value keeps its HCL position."""
    statements = []
    for block in (body.get("statement") or Node([], body.line, body.column, body.pointer)).elements():
        members: dict[str, Node] = {}
        for tf_key, iam_key in _TF_STATEMENT_KEYS.items():
            if block.get(tf_key) is not None:
                members[iam_key] = block.get(tf_key)
        if "Effect" not in members:  # Terraform's default
            members["Effect"] = Node(
                "Allow", block.line, block.column, child_pointer(block.pointer, "effect")
            )
        for tf_key, iam_key in (("principals", "Principal"), ("not_principals", "NotPrincipal")):
            holder = block.get(tf_key)
            if holder is None:
                continue
            principal: dict[str, Node] = {}
            for item in holder.elements():
                type_node, identifiers = item.get("type"), item.get("identifiers")
                if type_node is not None and isinstance(type_node.value, str) and identifiers is not None:
                    principal[type_node.value] = identifiers
            members[iam_key] = Node(principal, holder.line, holder.column, holder.pointer)
        if block.get("condition") is not None:
            condition: dict[str, Node] = {}
            holder = block.get("condition")
            for item in holder.elements():
                test, variable, values = item.get("test"), item.get("variable"), item.get("values")
                if test is None or variable is None or values is None:
                    continue
                operator = condition.setdefault(
                    str(test.value), Node({}, item.line, item.column, item.pointer)
                )
                operator.value[str(variable.value)] = values
            members["Condition"] = Node(condition, holder.line, holder.column, holder.pointer)
        statements.append(Node(members, block.line, block.column, block.pointer))
    version = body.get("version") or Node("2012-10-17", body.line, body.column, body.pointer)
    root = {"Version": version, "Statement": Node(statements, body.line, body.column, body.pointer)}
    return Node(root, body.line, body.column, body.pointer)


# ---------------------------------------------------------------- ARNs


@dataclass(frozen=True)
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


def resource_types_of(text: str, service: str = "kafka") -> set[str] | None:
    """The resource types (ARN words: 'cluster', 'topic', ...) of `service` a Resource string can name:
    None = any (`*`, a wildcard type or an unknown part); an empty set = none (another service, not an ARN)."""
    glob = as_glob(text)
    if glob.strip("*") == "":
        return None
    arn = parse_arn(glob)
    if arn is None:
        return set()
    if not fnmatch.fnmatchcase(service, arn.service.lower()):
        return set()
    head = arn.resource.split("/", 1)[0]
    if "*" in head or "?" in head:
        return None
    return {head}


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
    import difflib

    lowered = {c.lower(): c for c in choices}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=cutoff)
    return lowered[close[0]] if close else ""


# ---------------------------------------------------------------- what a policy grants


@dataclass(frozen=True)
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
    found = []
    for statement in policy.statements():
        if statement.allows != allow or statement.get("NotResource") is not None:
            continue
        resources = statement.resource_nodes()
        if not resources and policy.role in (TRUST,):
            continue
        for action_node in statement.action_nodes():
            for prefix, name in expand_action(action_node.value) or []:
                for resource_node in resources:
                    found.append(
                        Grant(
                            prefix, name, resolve_text(resource_node), statement, action_node, resource_node
                        )
                    )
    return found


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
    data = json.loads(resources.files("msklint").joinpath("data/iam-actions.json").read_text("utf-8"))
    return {prefix: set(names.split()) for prefix, names in data.items()}

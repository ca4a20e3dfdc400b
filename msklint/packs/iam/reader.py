"""The IAM pack's reader: IAM policies for MSK found in JSON/YAML/Terraform files, as the pack's model
(`msklint.packs.iam.model`).

Where policies come from:
- a plain policy document (a JSON/YAML file whose root has `Statement`);
- CloudFormation: AWS::IAM::Policy / ManagedPolicy / RolePolicy / UserPolicy / GroupPolicy
  (PolicyDocument), AWS::IAM::Role (AssumeRolePolicyDocument = trust policy, Policies[].PolicyDocument),
  AWS::MSK::ClusterPolicy (Policy = cluster resource policy); a policy may be an object or a JSON string;
- Terraform: data "aws_iam_policy_document" blocks, and `policy` / `assume_role_policy` /
  `inline_policy { policy }` of aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy,
  aws_iam_group_policy, aws_iam_role and aws_msk_cluster_policy, given as jsonencode(...), a heredoc
  or a string (a reference to a policy document data block gives that block its role).
"""

from __future__ import annotations

import re

from msklint.findings import InputError
from msklint.packs.iam.model import (
    CLUSTER,
    IDENTITY,
    RESOURCE,
    TRUST,
    Policy,
    ScramSecret,
    cluster_arn_template,
    resolve_text,
)
from msklint.syntax import UNKNOWN, is_unknown
from msklint.syntax.structured import Node, child_pointer

KIND = "iam"

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
    from msklint.forms import resources

    if resources.form(root) != resources.CLOUDFORMATION:
        return []
    return _from_cloudformation(root.get("Resources"))


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

"""Resources by type, whatever form holds them: packs ask here instead of recognising forms themselves
(the way cfn-lint rules ask for `get_resources([types])`).

- `cloudformation(root)`: a template's resources, `(logical id, type, resource node)`;
- `terraform(root)`: resources of Terraform's JSON forms, `(type, label, body)`: `terraform show -json` plans
  and state (`planned_values` / `values`, child modules included, labels are addresses) and the `.tf.json`
  syntax (`{"resource": {TYPE: {NAME: {...}}}}`). HCL files give the same tuples through
  `HclFile.resources`.
"""

from __future__ import annotations

from msklint.syntax.structured import Node

CLOUDFORMATION, TERRAFORM_PLAN, TERRAFORM_JSON = "cloudformation", "terraform-plan", "terraform-json"


def form(root: Node) -> str | None:
    """Which infrastructure-as-code form a JSON/YAML document is, if any."""
    if not isinstance(root.value, dict):
        return None
    if isinstance(root.get("Resources"), Node) and isinstance(root.get("Resources").value, dict):
        return CLOUDFORMATION
    if "format_version" in root.value and (root.get("planned_values") or root.get("values")) is not None:
        return TERRAFORM_PLAN
    if isinstance(root.get("resource"), Node) and isinstance(root.get("resource").value, dict):
        return TERRAFORM_JSON
    return None


def cloudformation(root: Node, *types: str) -> list[tuple[str, str, Node]]:
    """(logical id, type, resource node) of the template's resources of the given types (all when none)."""
    found = []
    for logical_id, resource in root.get("Resources").items():
        kind = resource.get("Type")
        if kind is None or not isinstance(kind.value, str) or (types and kind.value not in types):
            continue
        found.append((logical_id, kind.value, resource))
    return found


def terraform(root: Node, *types: str) -> list[tuple[str, str, Node]]:
    """(type, label, body) of the resources of a plan, state or `.tf.json` document."""
    found: list[tuple[str, str, Node]] = []
    if form(root) == TERRAFORM_PLAN:
        values = root.get("planned_values") or root.get("values")
        pending = [values.get("root_module")] if isinstance(values.value, dict) else []
        while pending:
            module = pending.pop(0)
            if module is None or not isinstance(module.value, dict):
                continue
            for resource in (module.get("resources") or Node([], 0, 0, "")).elements():
                kind, name, body = resource.get("type"), resource.get("name"), resource.get("values")
                if kind is None or name is None or body is None or not isinstance(body.value, dict):
                    continue
                address = resource.get("address")
                found.append((kind.value, address.value if address is not None else name.value, body))
            pending.extend((module.get("child_modules") or Node([], 0, 0, "")).elements())
    elif form(root) == TERRAFORM_JSON:
        for kind, group in root.get("resource").items():
            for name, body in group.items():
                for instance in body.elements():  # a label may hold a list of bodies
                    if isinstance(instance.value, dict):
                        found.append((kind, name, instance))
    return [item for item in found if not types or item[0] in types]

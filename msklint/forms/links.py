"""Which cluster each document belongs to, so that it is checked with that cluster's context.

A document is linked to the clusters that use it, in this order:

1. a cluster is linked to itself;
2. a configuration (and the broker properties it holds) to the clusters whose `ConfigurationInfo.Arn`
   names it (`aws_msk_configuration.x.arn`, `!GetAtt Config.Arn`), in the same Terraform module or template;
3. a topic set to the cluster its topics' `cluster_arn` / `ClusterArn` names;
4. an IAM policy to the clusters its resources name (a reference, or the cluster name in an ARN);
5. otherwise, to the only cluster of its file, else of its directory, else of the run.

Links never cross Terraform modules or templates except through a cluster name written in an ARN.
"""

from __future__ import annotations

import os
import re

from msklint.record import record
from msklint.syntax.structured import Node

_ARN_NAME = re.compile(r":cluster/([^/*${}\s\"]+)/")
_TF_CLUSTER = re.compile(r"\baws_msk_(?:serverless_)?cluster\.([\w-]+)")
_TF_MODULE = re.compile(r"\bmodule\.([\w-]+)\.")
_TF_CONFIGURATION = re.compile(r"\baws_msk_configuration\.([\w-]+)")
_CFN_SUB = re.compile(r"\$\{([A-Za-z0-9]+)(?:\.[A-Za-z]+)?\}")


@record(frozen=True)
class Link:
    cluster: object  # the cluster Document
    how: str  # "itself", "configuration_info", "cluster_arn", "policy resource", "only cluster in ..."


def reference_text(node: Node | None) -> str:
    """What a value names: the source text of a Terraform expression, `cfn:Logical` for a CloudFormation
    `Ref`/`GetAtt`, an ARN as written; "" when it names nothing."""
    if node is None:
        return ""
    names = _cfn_names(node)
    if names:
        return "cfn:" + sorted(names)[0]
    return node.value if isinstance(node.value, str) else ""


def _cfn_names(node: Node) -> set[str]:
    """Logical ids a CloudFormation intrinsic refers to (Ref, GetAtt, Sub placeholders)."""
    value = node.value
    if node.tag in ("!Ref", "!GetAtt") and isinstance(value, str):
        return {value.split(".")[0]}
    if node.tag == "!GetAtt" and isinstance(value, list) and value and isinstance(value[0].value, str):
        return {value[0].value}
    if node.tag == "!Sub":
        text = (
            value if isinstance(value, str) else value[0].value if isinstance(value, list) and value else ""
        )
        return set(_CFN_SUB.findall(text)) if isinstance(text, str) else set()
    if isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if key in ("Ref", "Fn::GetAtt", "Fn::Sub"):
            return _cfn_names(Node(inner.value, 0, 0, "", "!" + key.removeprefix("Fn::")))
    return set()


def _strings(node: Node, out: list[str], names: set[str]) -> None:
    names |= _cfn_names(node)
    if isinstance(node.value, str):
        out.append(node.value)
    elif isinstance(node.value, dict):
        for child in node.value.values():
            _strings(child, out, names)
    elif isinstance(node.value, list):
        for child in node.value:
            _strings(child, out, names)


class _Clusters:
    def __init__(self, documents):
        self.documents = [d for d in documents if d.kind == "cluster" and _is_cluster(d.model)]
        self.by_key: dict[tuple, list] = {}
        for document in self.documents:
            for key in self.keys(document):
                self.by_key.setdefault(key, []).append(document)

    def keys(self, document) -> list[tuple]:
        model, scope = document.model, _scope(document)
        keys = []
        name = model.name.split(".")
        if model.format == "cloudformation":
            keys.append(("cfn", scope, model.name))
        elif model.format == "terraform" and len(name) >= 2 and name[-2].startswith("aws_msk_"):
            keys.append(("tf", scope, name[-1]))
        elif model.format == "terraform" and model.extras.get("module"):
            keys.append(("tfmodule", scope, name[-1]))
        cluster_name = model.string("ClusterName")
        if cluster_name:
            keys.append(("name", cluster_name))
        return keys

    def named(self, document, texts: list[str], cfn: set[str]) -> list:
        scope = _scope(document)
        keys = [("cfn", scope, name) for name in cfn]
        for text in texts:
            keys += [("tf", scope, m) for m in _TF_CLUSTER.findall(text)]
            keys += [("tfmodule", scope, m) for m in _TF_MODULE.findall(text)]
            keys += [("name", m) for m in _ARN_NAME.findall(text)]
            if text.startswith("cfn:"):
                keys.append(("cfn", scope, text[4:]))
        found = []
        for key in keys:
            for cluster in self.by_key.get(key, []):
                if cluster not in found:
                    found.append(cluster)
        return found


def _is_cluster(model) -> bool:
    return callable(getattr(model, "cluster_context", None)) and hasattr(model, "format")


def _scope(document) -> tuple:
    """Where references resolve: a template (its file) or a Terraform module (directory and call)."""
    path = os.path.abspath(document.path)
    if path.endswith(".tf"):
        return (os.path.dirname(path), document.extras.get("module", ""))
    return (path, document.extras.get("module", ""))


def link(documents) -> dict[int, list[Link]]:
    """id(document) -> the clusters it belongs to (an empty list: none found)."""
    clusters = _Clusters(documents)
    links: dict[int, list[Link]] = {}
    configurations = [d for d in documents if type(d.model).__name__ == "ConfigurationModel"]

    def add(document, cluster, how: str) -> None:
        found = links.setdefault(id(document), [])
        if all(link.cluster is not cluster for link in found):
            found.append(Link(cluster, how))

    for cluster in clusters.documents:
        add(cluster, cluster, "itself")
        model = cluster.model
        configuration = model.configuration or _configuration_of(cluster, configurations)
        if configuration is None:
            continue
        if model.configuration is None:
            model.configuration, model.configuration_unknown = configuration, False
        for document in documents:
            if document.model is configuration or (
                configuration.server_properties is not None
                and document.model is configuration.server_properties
            ):
                add(document, cluster, "its ConfigurationInfo")
    for document in documents:
        if id(document) in links:
            continue
        if document.kind == "topic":
            texts = [t.cluster for t in getattr(document.model, "topics", []) if t.cluster]
            for cluster in clusters.named(document, texts, set()):
                add(document, cluster, "the topics' cluster ARN")
        elif document.kind == "iam" and hasattr(document.model, "root"):
            texts: list[str] = []
            names: set[str] = set()
            _strings(document.model.root, texts, names)
            for cluster in clusters.named(document, texts, names):
                add(document, cluster, "a cluster its policy names")
    # the rest: the only cluster (context) in its file, its directory or the run; each group's contexts are
    # computed once, not once per document (a run of thousands of files and clusters stays linear)
    by_file: dict[str, list] = {}
    by_directory: dict[str, list] = {}
    for cluster in clusters.documents:
        by_file.setdefault(cluster.path, []).append(cluster)
        by_directory.setdefault(_scope(cluster)[0], []).append(cluster)
    distinct: dict[tuple, int] = {}  # (how, file or directory) -> number of distinct cluster contexts

    def single(how: str, where: str, candidates: list) -> bool:
        if (how, where) not in distinct:
            distinct[how, where] = len({c.model.cluster_context() for c in candidates})
        return distinct[how, where] == 1

    for document in documents:
        if links.get(id(document)):
            continue
        directory = _scope(document)[0]
        for how, where, candidates in (
            ("the only cluster in its file", document.path, by_file.get(document.path, [])),
            ("the only cluster in its directory", directory, by_directory.get(directory, [])),
            ("the only cluster in the run", "", clusters.documents),
        ):
            if single(how, where, candidates):
                add(document, candidates[0], how)
                break
    return links


def _configuration_of(cluster, configurations):
    """The configuration a cluster's ConfigurationInfo.Arn refers to, in the same module or template."""
    arn = cluster.model.node("ConfigurationInfo/Arn")
    if arn is None or not isinstance(arn.value, str):
        return None
    scope = _scope(cluster)
    if cluster.model.format == "terraform":
        wanted = {f"aws_msk_configuration.{m}" for m in _TF_CONFIGURATION.findall(arn.value)}
    else:
        wanted = {arn.value.split(".")[0]}
    for document in configurations:
        name = document.model.name.split(".")
        local = ".".join(name[-2:]) if cluster.model.format == "terraform" else document.model.name
        if _scope(document) == scope and local in wanted:
            return document.model
    return None

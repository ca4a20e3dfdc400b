"""The cluster context and the configuration, resolved in one place for `msklint check`, live mode and the
rebalancer: command-line flags > configuration file > `--cluster` file > the clusters found in the run.

`build_context` gives the run's context and, for every document linked to a cluster
(`msklint.forms.links`), the context of each cluster it belongs to.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from msklint.config import ClusterContext
from msklint.findings import InputError
from msklint.loaders import Document
from msklint.record import field, record, replace

DEFAULT_TIMEOUT = 10.0  # seconds, for connecting to a live cluster and for each request


def add_context_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("cluster context (overrides configuration)")
    group.add_argument("--kafka-version", help="e.g. 3.6.0, 3.7.x, 3.7.x.kraft, 2.8.2.tiered")
    group.add_argument("--broker-type", help="e.g. kafka.m5.4xlarge")
    group.add_argument("--zones", type=int, choices=(2, 3), help="number of Availability Zones")
    group.add_argument("--brokers", type=int, help="number of broker nodes")
    group.add_argument("--storage-mode", choices=("LOCAL", "TIERED"), type=str.upper)
    group.add_argument("--cluster-type", choices=("provisioned", "serverless"), type=str.lower)
    group.add_argument("--cluster", metavar="FILE", help="take the context from a cluster definition file")


@record
class Context:
    """What rules know beyond the document they check."""

    cluster: ClusterContext = field(factory=ClusterContext)
    broker: dict[str, str] = field(factory=dict)  # broker properties given in the same run
    documents: list[Document] = field(factory=list)
    # id(document) -> [(context of a cluster it belongs to, that cluster's label, how it was linked)]
    per_document: dict[int, list[tuple[Context, str, str]]] = field(factory=dict)
    chosen: dict[int, list[tuple[Context, str]]] = field(factory=dict, repr=False, compare=False)  # a cache

    def for_document(self, document: Document) -> list[tuple[Context, str]]:
        """The contexts to check a document with: one per cluster it belongs to (distinct ones), or this."""
        found = self.per_document.get(id(document))
        if not found:
            return [(self, "")]
        if id(document) not in self.chosen:  # every rule asks: distinct contexts are sorted out once
            distinct: dict[ClusterContext, tuple[Context, str]] = {}
            for context, label, _ in found:
                distinct.setdefault(context.cluster, (context, label))
            self.chosen[id(document)] = list(distinct.values())
        return self.chosen[id(document)]


def cluster_context_of(documents: list[Document]) -> tuple[ClusterContext | None, list[str]]:
    """The cluster context the documents define, if they define exactly one; and the files that did."""
    found = {}
    for document in documents:
        context = getattr(document.model, "cluster_context", None)
        if callable(context):
            found.setdefault(context(), document.path)
    if len(found) == 1:
        ((context, path),) = found.items()
        return context, [path]
    return None, list(found.values())


def build_context(documents: list[Document], given: ClusterContext) -> Context:
    """The run's context (flags > configuration > --cluster file > the run's only cluster), and for each
    document linked to clusters (msklint.forms.links) the context of each of those clusters."""
    cluster = given
    discovered, _ = cluster_context_of(documents)
    if discovered is not None:
        cluster = cluster.merged(discovered)
    brokers = [d for d in documents if d.kind == "broker"]
    broker = {key: entry.value for key, entry in brokers[0].model.last.items()} if len(brokers) == 1 else {}
    run = Context(cluster=cluster, broker=broker, documents=documents)
    if not any(document.kind == "cluster" for document in documents):
        return run
    from msklint.forms.links import link

    by_cluster: dict[int, Context] = {}
    for document_id, links in link(documents).items():
        for found in links:
            model = found.cluster.model
            if id(model) not in by_cluster:
                configuration = getattr(model, "configuration", None)
                properties = getattr(configuration, "server_properties", None)
                own = (
                    {key: e.value for key, e in properties.last.items()} if properties is not None else broker
                )
                by_cluster[id(model)] = Context(given.merged(model.cluster_context()), own, documents)
            label = getattr(model, "name", "") or found.cluster.path
            run.per_document.setdefault(document_id, []).append((by_cluster[id(model)], label, found.how))
    return run


def _codes(value: str | None, flag: str = "") -> tuple[str, ...]:
    from msklint.config import check_selector

    codes = tuple(code.strip().upper() for code in value.split(",") if code.strip()) if value else ()
    for code in codes:
        check_selector(code, flag)
    return codes


def resolve_config(args):
    """Configuration file plus command-line overrides, and the cluster context."""
    from msklint.config import find_config, load_config, make_context

    config_path = Path(args.config) if args.config else find_config(Path.cwd())
    config = load_config(config_path)
    changes = {}
    if args.select:
        changes["select"] = _codes(args.select, "--select")
    if args.ignore:
        changes["ignore"] = config.ignore + _codes(args.ignore, "--ignore")
    if args.fail_on:
        changes["fail_on"] = args.fail_on
    if getattr(args, "group_policies", False):
        options = {
            code: {**config.rule_options.get(code, {}), "group-policies": True} for code in ("I030", "I031")
        }
        changes["rule_options"] = {**config.rule_options, **options}
    config = replace(config, **changes)
    flags = {
        key: getattr(args, key)
        for key in ("kafka_version", "broker_type", "zones", "brokers", "storage_mode", "cluster_type")
    }
    context = make_context(flags, "command line").merged(config.cluster)
    cluster_file = args.cluster or config.cluster_file
    if cluster_file:
        context = context.merged(context_from_file(cluster_file))
    return config, context


def context_from_file(path: str):
    from msklint.loaders import load_file

    try:
        documents = load_file(path)
    except InputError as error:
        raise InputError(f"--cluster: {error.located(path)}") from None
    context, sources = cluster_context_of(documents)
    if context is None:
        what = "no cluster definition" if not sources else "more than one cluster definition"
        raise InputError(f"--cluster: {path}: {what} found")
    return context

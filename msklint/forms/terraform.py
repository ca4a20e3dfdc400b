"""A Terraform module (one directory of `.tf` files) with what its expressions refer to.

Variables take, from lowest to highest precedence: their `default`, `terraform.tfvars`,
`terraform.tfvars.json`, `*.auto.tfvars(.json)` in name order (root modules only, as Terraform reads
them), or the inputs of the `module` block that calls the directory. Locals are evaluated on demand, in
the module's scope. `count` and `for_each` are never guessed: a resource that has them is read once, as
written. References to other resources' attributes stay unknown (why: reference) and are linked by
`msklint.forms.links`.
"""

from __future__ import annotations

import glob
import os

from msklint.findings import InputError
from msklint.record import replace
from msklint.syntax.hcl import HclFile, Scope, _Converter, convert
from msklint.syntax.structured import Node

MAX_DEPTH = 5  # nested local module calls followed
META_ARGUMENTS = {"source", "version", "count", "for_each", "providers", "depends_on"}


class Module(Scope):
    def __init__(self, workspace, directory: str, inputs: dict[str, Node] | None = None, label: str = ""):
        self.workspace = workspace
        self.directory = directory
        self.label = label  # "module.kafka." for a called module, "" for a root module
        self.inputs = inputs
        self.depth = label.count("module.")
        self.paths = sorted(glob.glob(os.path.join(glob.escape(directory), "*.tf")))
        self.raw: dict[str, HclFile] = {}
        for path in self.paths:
            try:
                self.raw[path] = workspace.raw_hcl(path)
            except InputError:
                continue  # reported when the file itself is linted
        self.variables = self._variables()
        self.locals = self._locals()
        self.converted: dict[str, HclFile] = {}
        self.evaluating: set[str] = set()

    # ------------------------------------------------------------ scope

    def lookup(self, root: str, name: str, at: str) -> Node | None:
        if root == "var":
            return self.variables.get(name)
        if root == "local":
            return self._local(name)
        return None

    def _variables(self) -> dict[str, Node]:
        values: dict[str, Node] = {}
        for path, parsed in self.raw.items():
            for block in parsed.blocks:
                if block.type == "variable" and len(block.labels) == 1:
                    default = block.body.get("default")
                    if default is not None and default.value is not None:
                        values[block.labels[0]] = _from(default, path)
        if self.inputs is not None:
            values.update(self.inputs)
            return values
        names = ["terraform.tfvars", "terraform.tfvars.json"]
        autos = sorted(
            os.path.basename(p)
            for p in glob.glob(os.path.join(glob.escape(self.directory), "*.auto.tfvars*"))
            if p.endswith((".auto.tfvars", ".auto.tfvars.json"))
        )
        for name in names + autos:
            path = os.path.join(self.directory, name)
            if os.path.isfile(path):
                values.update(
                    {key: _from(node, path) for key, node in _tfvars(path, self.workspace.read).items()}
                )
        return values

    def _locals(self) -> dict[str, tuple]:
        found = {}
        for path, parsed in self.raw.items():
            body = next(c for c in parsed.tree.children if getattr(c, "data", "") == "body")
            for block in (c for c in body.children if getattr(c, "data", "") == "block"):
                parts = [c for c in block.children if hasattr(c, "data")]
                if _name(parts[0]) != "locals":
                    continue
                inner = next((c for c in parts if c.data == "body"), None)
                for attribute in (c for c in inner.children if getattr(c, "data", "") == "attribute"):
                    found[_name(attribute.children[0])] = (path, parsed.text, attribute.children[-1])
        return found

    def _local(self, name: str) -> Node | None:
        if name not in self.locals or name in self.evaluating:
            return None
        path, text, tree = self.locals[name]
        self.evaluating.add(name)
        try:
            node = _Converter(text, self).value(tree, f"/locals/{name}")
        finally:
            self.evaluating.discard(name)
        return _from(node, path)

    # ------------------------------------------------------------ files

    def file(self, path: str) -> HclFile:
        """The file converted in this module's scope."""
        path = os.path.abspath(path)
        if path not in self.converted:
            raw = self.raw.get(path) or self.workspace.raw_hcl(path)
            self.converted[path] = convert(raw.tree, raw.text, self)
        return self.converted[path]

    def calls(self, path: str):
        """(label, Module) for each local module (`source = "./..."`) the file calls, inputs bound."""
        if self.depth >= MAX_DEPTH:
            return
        for block in self.file(path).blocks:
            source = block.body.get("source")
            if block.type != "module" or len(block.labels) != 1 or source is None:
                continue
            if not isinstance(source.value, str) or not source.value.startswith(("./", "../")):
                continue
            directory = os.path.normpath(os.path.join(self.directory, source.value))
            if not os.path.isdir(directory):
                continue
            label = f"{self.label}module.{block.labels[0]}."
            key = (directory, label)
            if key not in self.workspace.modules:
                inputs = {
                    k: v for k, v in block.body.items() if k not in META_ARGUMENTS and k != "__labels__"
                }
                self.workspace.modules[key] = Module(self.workspace, directory, inputs, label)
            self.workspace.called.add(directory)
            yield label, self.workspace.modules[key]


def _from(node: Node, path: str) -> Node:
    """A copy of a value node that remembers the file that set it."""
    copy = replace(node, origin=node.origin or path)
    if isinstance(copy.value, dict):
        copy.value = {k: _from(v, path) for k, v in copy.value.items()}
    elif isinstance(copy.value, list):
        copy.value = [_from(v, path) for v in copy.value]
    return copy


def _tfvars(path: str, read) -> dict[str, Node]:
    try:
        text = read(path)
        if path.endswith(".json"):
            from msklint.syntax.structured import parse_json

            root = parse_json(text).documents[0]
            return dict(root.value) if isinstance(root.value, dict) else {}
        from msklint.syntax.hcl import parse_hcl

        return parse_hcl(text).attributes
    except InputError:
        return {}  # a broken tfvars file sets nothing msklint can use


def _name(tree) -> str:
    return str(tree.children[0])


def called_files(module: Module, path: str):
    """(module label, file, HclFile in the call's scope) for every file of every local module the file
    calls, and of the modules those call."""
    for label, child in module.calls(path):
        for child_path in child.paths:
            if child_path in child.raw:
                yield label.rstrip("."), child_path, child.file(child_path)
                yield from called_files(child, child_path)

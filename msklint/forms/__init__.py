"""The form layer: CloudFormation templates and Terraform configurations read once, references resolved.

- `Workspace` holds everything one run reads: each file parsed once, each Terraform directory's scope
  (variables, tfvars, locals, local module calls) built once, and shared by every pack's extractor.
- `terraform.py`: `.tf` files converted with their directory's scope, so `var.*`, `local.*` and static
  expressions become the values they have; local module calls (`source = "./..."`) read with their inputs.
- `cloudformation.py`: Parameters defaults, Mappings/`Fn::FindInMap`, Conditions/`Fn::If`, `Ref`,
  `Fn::Sub`, `Fn::Join`, `Fn::Select` resolved wherever the value is static.
- `links.py`: which cluster each document belongs to (configuration ARNs, topic cluster ARNs, cluster
  names in IAM resources), for per-cluster context.

A value made known by resolution keeps the position (and `origin`, the file) of the place that set it.
"""

from __future__ import annotations

import os


class Workspace:
    """What one run has read, so that each file and each Terraform directory is read once."""

    def __init__(self, read):
        self.read = read  # path -> text, with msklint's input checks (msklint.loaders.read_text)
        self.hcl: dict[str, object] = {}  # path -> raw HclFile (parse tree kept)
        self.modules: dict[tuple, object] = {}  # (directory, call label) -> terraform.Module
        self.called: set[str] = set()  # directories read as local modules of another directory

    def raw_hcl(self, path: str, text: str | None = None):
        """The file parsed once (InputError when it does not parse)."""
        key = os.path.abspath(path)
        if key not in self.hcl:
            from msklint.syntax.hcl import parse_hcl

            try:
                self.hcl[key] = parse_hcl(self.read(path) if text is None else text)
            except Exception as error:
                self.hcl[key] = error
        found = self.hcl[key]
        if isinstance(found, Exception):
            raise found
        return found

    def terraform_root(self, path: str):
        """The Terraform module (directory) of a `.tf` file, read as a root module."""
        from msklint.forms.terraform import Module

        directory = os.path.dirname(os.path.abspath(path))
        key = (directory, "")
        if key not in self.modules:
            self.modules[key] = Module(self, directory)
        return self.modules[key]

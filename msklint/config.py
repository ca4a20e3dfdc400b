"""Configuration (`[tool.msklint]` in pyproject.toml, or `.msklint.toml`) and the cluster context.

Both are validated by hand into frozen dataclasses rather than pydantic models: importing pydantic costs
about 190 ms, more than the whole start-up budget of `msklint check`. Errors still name the file, the key
and what was expected.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path

from msklint.findings import SEVERITIES, InputError
from msklint.msk import parse_kafka_version

STORAGE_MODES = ("LOCAL", "TIERED")
CLUSTER_TYPES = ("provisioned", "serverless")


class ConfigError(InputError):
    pass


@dataclass(frozen=True)
class ClusterContext:
    """What rules may know about the target cluster. `None` means unknown: rules needing it stay silent."""

    kafka_version: str | None = None
    broker_type: str | None = None
    zones: int | None = None
    brokers: int | None = None
    storage_mode: str | None = None
    cluster_type: str | None = None
    source: str | None = field(default=None, compare=False)  # where the values came from, for verbose output

    @property
    def version(self):
        return parse_kafka_version(self.kafka_version)

    @property
    def tiered(self) -> bool | None:
        return None if self.storage_mode is None else self.storage_mode == "TIERED"

    @property
    def serverless(self) -> bool | None:
        return None if self.cluster_type is None else self.cluster_type == "serverless"

    def merged(self, other: ClusterContext) -> ClusterContext:
        """This context with the values `other` knows and this one does not."""
        changes = {
            f.name: getattr(other, f.name)
            for f in dataclasses.fields(self)
            if getattr(self, f.name) is None and getattr(other, f.name) is not None
        }
        return dataclasses.replace(self, **changes)


CONTEXT_KEYS = tuple(f.name for f in dataclasses.fields(ClusterContext) if f.name != "source")


def make_context(values: dict, where: str) -> ClusterContext:
    """Validate context keys (from a config table or command-line flags) into a ClusterContext."""
    unknown = sorted(set(values) - set(CONTEXT_KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key '{unknown[0]}' (expected one of {', '.join(CONTEXT_KEYS)})")
    clean: dict = {}
    for key, value in values.items():
        if value is None:
            continue
        if key in ("zones", "brokers"):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ConfigError(f"{where}: '{key}' must be an integer, got {value!r}")
            if key == "zones" and value not in (1, 2, 3):
                raise ConfigError(f"{where}: 'zones' must be 2 or 3 (1 for single-AZ tests), got {value}")
            if key == "brokers" and value < 1:
                raise ConfigError(f"{where}: 'brokers' must be at least 1, got {value}")
        elif not isinstance(value, str):
            raise ConfigError(f"{where}: '{key}' must be a string, got {value!r}")
        if key == "kafka_version" and parse_kafka_version(value) is None:
            raise ConfigError(
                f"{where}: 'kafka_version' {value!r} is not a Kafka version such as 3.6.0 or 3.7.x"
            )
        if key == "storage_mode":
            value = value.upper()
            if value not in STORAGE_MODES:
                raise ConfigError(f"{where}: 'storage_mode' must be LOCAL or TIERED, got {value!r}")
        if key == "cluster_type":
            value = value.lower()
            if value not in CLUSTER_TYPES:
                raise ConfigError(f"{where}: 'cluster_type' must be provisioned or serverless, got {value!r}")
        clean[key] = value
    return ClusterContext(**clean, source=where if clean else None)


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "warning"
    cluster_file: str | None = None
    cluster: ClusterContext = field(default_factory=ClusterContext)
    rule_options: dict[str, dict] = field(default_factory=dict)
    path: str | None = None  # the file this came from
    root: Path = field(default_factory=Path.cwd)  # paths in per-file-ignores are relative to it

    def enabled(self, code: str) -> bool:
        from msklint.registry import opt_in

        default = not opt_in(code)  # opt-in groups run only when selected
        chosen = _matches(code, self.select) if self.select else default
        return (chosen or _matches(code, self.extend_select)) and not _matches(code, self.ignore)

    def ignored_for(self, code: str, path: str) -> bool:
        if not self.per_file_ignores:
            return False  # nothing to match: skip resolving the path (once per finding and per file)
        try:
            relative = Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        return any(
            _matches(code, codes) and (fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path, pattern))
            for pattern, codes in self.per_file_ignores.items()
        )


def _matches(code: str, selectors: tuple[str, ...]) -> bool:
    """Ruff-style selection: 'ALL', a whole code, or a prefix of codes ('B', 'B1')."""
    return any(s == "ALL" or code.startswith(s) for s in selectors)


_LIST_KEYS = {"select": "select", "ignore": "ignore", "extend-select": "extend_select"}


def _code_list(value, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of rule codes, got {value!r}")
    return tuple(v.strip().upper() for v in value)


def parse_config(table: dict, where: str, root: Path) -> Config:
    values: dict = {"path": where, "root": root}
    for key, value in table.items():
        if key in _LIST_KEYS:
            values[_LIST_KEYS[key]] = _code_list(value, where, key)
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: 'per-file-ignores' must be a table of glob = [codes]")
            values["per_file_ignores"] = {
                glob: _code_list(codes, where, f"per-file-ignores.{glob}") for glob, codes in value.items()
            }
        elif key == "severity":
            if not isinstance(value, dict) or any(v not in SEVERITIES for v in value.values()):
                raise ConfigError(
                    f"{where}: 'severity' must map rule codes to one of {', '.join(SEVERITIES)}"
                )
            values["severity"] = {code.upper(): level for code, level in value.items()}
        elif key == "fail-on":
            if value not in SEVERITIES:
                raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(SEVERITIES)}, got {value!r}")
            values["fail_on"] = value
        elif key == "cluster":
            if isinstance(value, str):
                values["cluster_file"] = str(root / value) if not os.path.isabs(value) else value
            elif isinstance(value, dict):
                values["cluster"] = make_context(value, f"{where} [cluster]")
            else:
                raise ConfigError(f"{where}: 'cluster' must be a file path or a table of context keys")
        elif key == "rules":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(f"{where}: 'rules' must hold one table of options per rule code")
            values["rule_options"] = {code.upper(): options for code, options in value.items()}
        else:
            known = ", ".join([*_LIST_KEYS, "per-file-ignores", "severity", "fail-on", "cluster", "rules"])
            raise ConfigError(f"{where}: unknown key '{key}' (expected one of {known})")
    return Config(**values)


def _read_toml(path: Path) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from None


def find_config(start: Path) -> Path | None:
    """The nearest `.msklint.toml`, or `pyproject.toml` with a [tool.msklint] table, from `start` upwards."""
    for folder in [start, *start.parents]:
        dotfile = folder / ".msklint.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and b"[tool.msklint" in pyproject.read_bytes():
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    data = _read_toml(path)
    table = data.get("tool", {}).get("msklint", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.msklint] must be a table")
    return parse_config(table, str(path), path.parent)

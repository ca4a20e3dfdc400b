"""Configuration (`[tool.msklint]` in pyproject.toml, or `.msklint.toml`) and the cluster context.

Both are validated by hand into frozen records (`msklint.record`) rather than pydantic models: importing pydantic costs
about 190 ms, more than the whole start-up budget of `msklint check`. Errors still name the file, the key
and what was expected.
"""

from __future__ import annotations

import fnmatch
import functools
import os
from pathlib import Path

from msklint.findings import SEVERITIES, InputError
from msklint.msk import parse_kafka_version
from msklint.record import field, fields, record, replace

MAX_CONFIG_BYTES = 1024 * 1024
STORAGE_MODES = ("LOCAL", "TIERED")
CLUSTER_TYPES = ("provisioned", "serverless")


class ConfigError(InputError):
    pass


@record(frozen=True)
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
            name: getattr(other, name)
            for name in fields(self)
            if getattr(self, name) is None and getattr(other, name) is not None
        }
        return replace(self, **changes)


CONTEXT_KEYS = tuple(name for name in fields(ClusterContext) if name != "source")


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


@record(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(factory=dict)
    severity: dict[str, str] = field(factory=dict)
    fail_on: str = "warning"
    cluster_file: str | None = None
    baseline_file: str | None = None
    cluster: ClusterContext = field(factory=ClusterContext)
    rule_options: dict[str, dict] = field(factory=dict)
    path: str | None = None  # the file this came from
    root: Path = field(factory=Path.cwd)  # paths in per-file-ignores are relative to it

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
TOP_KEYS = (*_LIST_KEYS, "per-file-ignores", "severity", "fail-on", "cluster", "rules", "baseline")


def _at(where: str, table: str, key: str) -> str:
    """`FILE: [TABLE] 'KEY'`: where a configuration problem is, for one-line errors."""
    return f"{where}: [{table or 'top level'}] '{key}'"


def _code_list(value, where: str, table: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{_at(where, table, key)} must be a list of rule codes, got {value!r}")
    codes = tuple(v.strip().upper() for v in value)
    for code in codes:
        check_selector(code, f"{_at(where, table, key)}")
    return codes


def parse_config(table: dict, where: str, root: Path, name: str = "") -> Config:
    """`name`: the TOML table the keys come from ("tool.msklint" in pyproject.toml, "" for .msklint.toml)."""
    values: dict = {"path": where, "root": root}
    sub = f"{name}." if name else ""
    for key, value in table.items():
        if key in _LIST_KEYS:
            values[_LIST_KEYS[key]] = _code_list(value, where, name, key)
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{_at(where, name, key)} must be a table of glob = [codes]")
            values["per_file_ignores"] = {
                glob: _code_list(codes, where, sub + key, glob) for glob, codes in value.items()
            }
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{_at(where, name, key)} must be a table of rule code = severity")
            for code, level in value.items():
                check_code(code.upper(), _at(where, sub + key, code))
                if level not in SEVERITIES:
                    raise ConfigError(
                        f"{_at(where, sub + key, code)} must be one of {', '.join(SEVERITIES)}, got {level!r}"
                    )
            values["severity"] = {code.upper(): level for code, level in value.items()}
        elif key == "fail-on":
            if value not in SEVERITIES:
                raise ConfigError(
                    f"{_at(where, name, key)} must be one of {', '.join(SEVERITIES)}, got {value!r}"
                )
            values["fail_on"] = value
        elif key in ("cluster", "baseline"):
            if isinstance(value, str):
                values[f"{key}_file"] = str(root / value) if not os.path.isabs(value) else value
            elif key == "cluster" and isinstance(value, dict):
                values["cluster"] = make_context(value, f"{where}: [{sub}cluster]")
            else:
                expected = "a file path or a table of context keys" if key == "cluster" else "a file path"
                raise ConfigError(f"{_at(where, name, key)} must be {expected}, got {value!r}")
        elif key == "rules":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(f"{_at(where, name, key)} must hold one table of options per rule code")
            values["rule_options"] = {
                code.upper(): check_options(code.upper(), options, where, f"{sub}rules.{code}")
                for code, options in value.items()
            }
        else:
            raise ConfigError(f"{_at(where, name, key)}: unknown key (valid: {', '.join(TOP_KEYS)})")
    return Config(**values)


# ---------------------------------------------------------------- rule codes and options


@functools.cache
def rule_modules() -> dict[str, str]:
    """Every rule code → its module name, read from the rule modules' text without importing them
    (importing every rule costs ~0.4 s; a run imports only the rules of the kinds it loads)."""
    import re

    import msklint.rules
    from msklint.registry import KIND_PREFIXES

    code = re.compile(rb'^CODE = "([A-Z]\d{3})"', re.M)
    found = {}
    for folder in msklint.rules.__path__:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".py") or name.split("_", 1)[0] not in KIND_PREFIXES:
                continue
            with open(os.path.join(folder, name), "rb") as handle:
                match = code.search(handle.read())
            if match:
                found[match.group(1).decode()] = name.removesuffix(".py")
    return found


def _suggestion(code: str, codes) -> str:
    import difflib

    close = difflib.get_close_matches(code, sorted(codes), n=1)
    return f"; did you mean {close[0]}?" if close else ""


def check_code(code: str, where: str) -> None:
    """ConfigError unless `code` is a rule's code."""
    codes = rule_modules()
    if code not in codes:
        raise ConfigError(
            f"{where}: unknown rule code '{code}' (valid: a rule code, see `msklint rules`{_suggestion(code, codes)})"
        )


def check_selector(selector: str, where: str) -> None:
    """ConfigError unless `selector` is ALL, a rule code or a prefix of one (a group such as B)."""
    codes = rule_modules()
    if selector == "ALL" or any(code.startswith(selector) for code in codes):
        return
    groups = ", ".join(sorted({code[0] for code in codes}))
    raise ConfigError(
        f"{where}: unknown rule code or prefix '{selector}' (valid: ALL, a rule code, or a prefix of one "
        f"such as {groups}{_suggestion(selector, codes)})"
    )


def check_options(code: str, options: dict, where: str, table: str) -> dict:
    """The options of `[rules.CODE]`, checked against what the rule declares; ConfigError otherwise."""
    import importlib

    module_name = rule_modules().get(code)
    if module_name is None:
        check_code(code, f"{where}: [{table}]")
    declared = getattr(importlib.import_module(f"msklint.rules.{module_name}"), "OPTIONS", {})
    for key, value in options.items():
        if key not in declared:
            valid = ", ".join(sorted(declared)) if declared else f"none, {code} has no options"
            raise ConfigError(f"{_at(where, table, key)}: unknown option (valid: {valid})")
        problem = declared[key].problem(value)
        if problem:
            raise ConfigError(f"{_at(where, table, key)} {problem}")
    return options


def _read_toml(path: Path) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    from msklint.loaders import read_bytes

    try:
        return tomllib.loads(read_bytes(str(path), MAX_CONFIG_BYTES).decode("utf-8").removeprefix("\ufeff"))
    except InputError as error:
        raise ConfigError(f"{path}: cannot read configuration: {error.message}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: cannot read configuration: not UTF-8 text ({error.reason})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: cannot read configuration: {' '.join(str(error).split())}") from None
    except RecursionError:
        raise ConfigError(f"{path}: cannot read configuration: nested too deeply") from None


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
    return parse_config(
        table, str(path), path.parent, "tool.msklint" if path.name == "pyproject.toml" else ""
    )

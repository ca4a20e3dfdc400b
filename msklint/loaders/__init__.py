"""From a file on disk to `Document`s: read safely, recognise the format, hand the content to the packs.

A file may hold several documents (a CloudFormation template can define a cluster, its configuration's
server.properties and the IAM policies for its clients). Each kind's reader (`msklint.kinds.KINDS`) exposes
`extract(path, parsed, text, kind)` for structured files (JSON/YAML/HCL); see EXTRACTORS.
"""

from __future__ import annotations

import importlib
import os
import stat

from msklint.findings import InputError
from msklint.kinds import BY_NAME, KINDS, by_file_name
from msklint.record import field, record

TYPE_CHECKING = False  # True for type checkers, as typing.TYPE_CHECKING (typing: ~3 ms a run to import)
if TYPE_CHECKING:
    from typing import Any

MAX_BYTES = 8 * 1024 * 1024

PROPERTIES_SUFFIXES = (".properties",)
STRUCTURED_SUFFIXES = (".json", ".yaml", ".yml", ".template")
HCL_SUFFIXES = (".tf",)
KNOWN_SUFFIXES = PROPERTIES_SUFFIXES + STRUCTURED_SUFFIXES + HCL_SUFFIXES

# Kinds a properties file may be read as.
PROPERTIES_KINDS = tuple(kind.name for kind in KINDS if kind.properties)

# Modules with `extract(path, parsed, text, kind) -> list[Document]` for structured files (`parsed` is a
# StructuredFile for JSON/YAML, an HclFile for .tf). Every module is asked; each returns the documents of
# its own kinds only (none when `kind` is given and is not one of them).
EXTRACTORS: tuple[str, ...] = tuple(kind.reader for kind in KINDS if kind.reader)


@record
class Document:
    path: str  # as given on the command line (or a kafka:// address)
    kind: str  # "broker", "topic", "iam", "cluster", "worker", "update", ...
    model: Any  # the kind's model, e.g. PropertiesFile for "broker"
    source: str = ""  # the file's text, for inline suppressions
    pointer: str = ""  # where in a larger file this document sits, e.g. "/Resources/Config"
    extras: dict = field(factory=dict)  # loader notes rules may use (e.g. duplicate keys)


def read_text(path: str) -> str:
    """The file's text, or an InputError that says in one line why it cannot be linted."""
    data = read_bytes(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("UTF-16 text (byte order mark); msklint reads UTF-8: save the file as UTF-8", 1, 1)
    if b"\0" in data:
        offset = data.index(b"\0")
        raise InputError("binary file (NUL byte), not a text configuration", *_position(data, offset))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[error.start]:02x})", *_position(data, error.start)
        ) from None
    return text.removeprefix("\ufeff")


def read_bytes(path: str, limit: int = MAX_BYTES) -> bytes:
    """At most `limit` bytes of a regular file; InputError for anything else (a FIFO would block, a device
    never end), too large or unreadable files."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file (a FIFO, socket or device); msklint reads only files")
        if info.st_size > limit:
            raise InputError(f"file is too large ({info.st_size} bytes; msklint reads at most {limit})")
        with open(path, "rb") as handle:  # read(limit + 1) would allocate the whole limit up front
            data = handle.read(info.st_size + 1)
            while len(data) <= limit and (more := handle.read(min(1 << 24, limit + 1 - len(data)))):
                data += more  # the file grew while being read
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if len(data) > limit:  # grew while being read
        raise InputError(f"file is too large (msklint reads at most {limit} bytes)")
    return data


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (in characters, as editors count them) of a byte offset."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1


def guess_kind(path: str) -> str | None:
    """The kind a file name alone decides, or None when the content must be looked at."""
    return by_file_name(os.path.basename(path))


def load_file(path: str, kind: str | None = None, workspace=None) -> list[Document]:
    """Every document in the file. Raises InputError for unreadable or malformed input. `workspace`
    (msklint.forms.Workspace) shares what one run has read: a `.tf` file is then read with its
    directory's variables, tfvars and locals, and the local modules it calls are read with their inputs."""
    text = read_text(path)
    if not text.strip():
        raise InputError("the file is empty")
    forced, kind = kind is not None, kind or guess_kind(path)
    lower = path.lower()
    if kind in PROPERTIES_KINDS and not lower.endswith(STRUCTURED_SUFFIXES + HCL_SUFFIXES):
        documents = _from_properties(path, text, kind)
        if kind == "broker" and not forced and not _is_broker_configuration(path, documents[0].model):
            if _is_msk_connect_worker(documents[0].model):
                return _from_properties(path, text, "worker")
            return []  # log4j.properties, application.properties, client configs: not ours
        return documents
    if lower.endswith(HCL_SUFFIXES):
        return _from_terraform(path, text, kind, workspace)
    from msklint.forms.cloudformation import resolve_file

    documents = []
    for variant in resolve_file(_parse_structured(path, text), path):  # one per Fn::If branch left open
        documents.extend(extract(path, variant, text, kind))
    return documents


def _from_terraform(path: str, text: str, kind: str | None, workspace) -> list[Document]:
    """A `.tf` file read in its directory's scope, and the local modules it calls, each read with the call's
    inputs (their documents' labels start with `module.NAME.`)."""
    from msklint.forms import Workspace
    from msklint.forms.terraform import called_files

    workspace = workspace if workspace is not None else Workspace(read_text)
    workspace.raw_hcl(path, text)  # this file's own parse error is raised here
    module = workspace.terraform_root(path)
    documents = extract(path, module.file(path), text, kind)
    for label, child_path, parsed in called_files(module, os.path.abspath(path)):
        shown = child_path if os.path.isabs(path) else os.path.relpath(child_path)
        for document in extract(shown, parsed, parsed.text, None):
            if kind is not None and document.kind != kind:
                continue
            document.extras["module"] = label
            name = getattr(document.model, "name", None)
            if isinstance(name, str):
                document.model.name = f"{label}.{name}" if name else label
            documents.append(document)
    return documents


def extract(path: str, parsed, text: str, kind: str | None) -> list[Document]:
    """Every pack's documents in a parsed file."""
    if not _EXTRACT_FUNCTIONS:
        _EXTRACT_FUNCTIONS.extend(importlib.import_module(name).extract for name in EXTRACTORS)
    documents = []
    for extract_from in _EXTRACT_FUNCTIONS:
        documents.extend(extract_from(path, parsed, text, kind))
    return documents


_EXTRACT_FUNCTIONS: list = []  # the packs' extract functions, imported at the first structured file


def _from_properties(path: str, text: str, kind: str) -> list[Document]:
    reader = BY_NAME[kind].properties
    if reader != "java":
        return importlib.import_module(reader).from_properties(path, text)
    from msklint.syntax.properties import parse_properties

    return [Document(path=path, kind=kind, model=parse_properties(text), source=text)]


def _is_broker_configuration(path: str, properties) -> bool:
    """A `.properties` file is a broker configuration when it is named so, or when at least half of its
    keys are Kafka broker properties (a broker file with a few typos still is one)."""
    if os.path.basename(path).lower() == "server.properties" or not properties.entries:
        return True
    from msklint.broker_config import lookup

    keys = {entry.key for entry in properties.entries}
    return 2 * sum(1 for key in keys if lookup(key) is not None) >= len(keys)


# Keys only a self-managed Kafka Connect worker (connect-distributed/standalone.properties) or a connector
# configuration sets; MSK Connect manages the first ones itself.
_NOT_MSK_CONNECT_WORKER = {"bootstrap.servers", "group.id", "offset.storage.file.filename", "connector.class"}


def _is_msk_connect_worker(properties) -> bool:
    """An MSK Connect custom worker configuration however it is named: it sets a converter (MSK Connect
    requires key.converter and value.converter) and none of the keys of a self-managed worker or a
    connector configuration."""
    keys = {entry.key for entry in properties.entries}
    return bool(keys & {"key.converter", "value.converter"}) and not keys & _NOT_MSK_CONNECT_WORKER


def _parse_structured(path: str, text: str):
    from msklint.syntax.structured import parse_json, parse_yaml

    if path.lower().endswith(".json") or text.lstrip().startswith(("{", "[")):
        return parse_json(text)
    return parse_yaml(text)

"""Generate msklint/syntax/_hcl_lark.py: the Terraform (HCL) parser, built at development time.

    python tools/gen_hcl_parser.py [--check]

python-hcl2's grammar (hcl2.lark, its NAME terminal widened to Unicode letters as Terraform's own parser
accepts) through lark's stand-alone generator: lark's runtime code, a copy of python-hcl2's post-lexer, and
the built LALR parser pickled. A run unpickles it (tens of ms) instead of importing lark and python-hcl2
and rebuilding the parser from the grammar (~400 ms of CPU), and needs neither package installed: they
are dev dependencies, pinned in pyproject.toml. The build runs in a child with PYTHONHASHSEED=0 and the
LALR states are numbered canonically, so the tables (their sha256 in the file's header) are the same on
every machine with the same pins; `--check` compares the code and that digest (pickle's bytes depend on
object identities, not only on the tables).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generated import ROOT, main

OUT = ROOT / "msklint" / "syntax" / "_hcl_lark.py"
MODULE = "msklint.syntax._hcl_lark"
OLD_NAME = "NAME : /[a-zA-Z_][a-zA-Z0-9_-]*/"
NEW_NAME = r"NAME : /[^\W\d][\w-]*/"

# python-hcl2 8.1.4's hcl2/postlexer.py (MIT), without its `from lark import Token`: a newline before a
# binary operator or `?` continues the expression, so it is merged into the operator's token.
POSTLEXER = """

OPERATOR_TYPES = frozenset(
    {"DOUBLE_EQ", "NEQ", "LT", "GT", "LEQ", "GEQ", "ASTERISK", "SLASH", "PERCENT", "DOUBLE_AMP",
     "DOUBLE_PIPE", "PLUS", "QMARK"}
)


class PostLexer:
    always_accept = ()

    def process(self, stream):
        pending_nl = None
        for token in stream:
            if token.type == "NL_OR_COMMENT":
                if pending_nl is not None:
                    yield pending_nl
                pending_nl = token
            else:
                if pending_nl is not None:
                    if token.type in OPERATOR_TYPES:
                        token = token.update(value=str(pending_nl) + str(token))
                    else:
                        yield pending_nl
                    pending_nl = None
                yield token
        if pending_nl is not None:
            yield pending_nl

"""

# lark's logger is set to CRITICAL and only ever given debug, info, warning and error messages: nothing it is
# given is shown. A logger that drops them spares a Terraform run importing logging (traceback, string, ...).
NULL_LOGGER = """class _NullLogger:  # msklint: lark's logger (level CRITICAL), without importing logging
    def _drop(self, *args, **kwargs):
        pass

    debug = info = warning = error = exception = _drop


logger = _NullLogger()
"""

# lark's runtime imports logging for that logger, dataclasses for one class and inspect for `v_args` (which
# msklint does not use): a record and a late import keep them (inspect: ast, dis, tokenize) off a Terraform run.
RUNTIME_IMPORTS = [
    ("import logging\n", ""),
    ("from dataclasses import dataclass\n", "from msklint.record import record\n"),
    ("@dataclass(frozen=True)\nclass TextSlice(", "@record(frozen=True)\nclass TextSlice("),
    ("from inspect import getmembers, getmro\n", ""),
    (
        "        mro = getmro(cls)\n",
        "        from inspect import getmembers, getmro\n\n        mro = getmro(cls)\n",
    ),
]

# lark's Scanner compiles, for each lexer state, one alternation of the terminals the state accepts: ~12
# states and ~30 ms of `re` compiling in a one-file run. This one compiles each terminal once (re's cache
# shares it between states) and tries them in the same order: the first terminal that matches wins, as in
# the alternation.
SCANNER = """class Scanner:
    def __init__(self, terminals, g_regex_flags, re_, use_bytes):
        self.terminals = terminals
        self.g_regex_flags = g_regex_flags
        self.re_ = re_
        self.use_bytes = use_bytes

        self.allowed_types = {t.name for t in self.terminals}

        self._res = []
        for t in terminals:
            pattern = t.pattern.to_regexp()
            if use_bytes:
                pattern = pattern.encode('latin-1')
            self._res.append((re_.compile(pattern, g_regex_flags), t.name))

    def match(self, text: TextSlice, pos):
        for mre, name in self._res:
            m = mre.match(text.text, pos, text.end)
            if m:
                return m.group(0), name

    def fullmatch(self, text: str) -> Optional[str]:
        for mre, name in self._res:
            if mre.fullmatch(text):
                return name
        return None

"""

BLOB = "\n\n_PARSER = (  # zlib-compressed pickle, base64\n"
LOADER = '''

def parser():
    """The HCL parser, as built by tools/gen_hcl_parser.py."""
    import base64
    import pickle
    import zlib

    from msklint.syntax.collector import collector_paused

    with collector_paused():  # tens of thousands of objects, no cycles
        return pickle.loads(zlib.decompress(base64.b64decode("".join(_PARSER))))
'''


def canonical(table: dict) -> dict:
    """The LALR table with states numbered breadth-first from the start and terminals sorted by name: lark
    numbers them in set order, which changes from run to run."""
    from collections import deque

    names = table["tokens"]
    states = {
        s: {names[t]: action for t, action in actions.items()} for s, actions in table["states"].items()
    }
    order, seen = [], set()
    queue = deque(table["start_states"][k] for k in sorted(table["start_states"]))
    queue.extend(table["end_states"][k] for k in sorted(table["end_states"]))
    while queue:
        state = queue.popleft()
        if state in seen:
            continue
        seen.add(state)
        order.append(state)
        queue.extend(arg for _, (kind, arg) in sorted(states[state].items()) if kind == 0)  # 0: shift
    assert seen == set(states), "unreachable LALR states"
    number = {old: new for new, old in enumerate(order)}
    tokens = sorted({name for actions in states.values() for name in actions})
    index = {name: i for i, name in enumerate(tokens)}
    return {
        "tokens": dict(enumerate(tokens)),
        "states": {
            number[s]: {
                index[name]: (kind, number[arg] if kind == 0 else arg)
                for name, (kind, arg) in sorted(states[s].items())
            }
            for s in order
        },
        "start_states": {k: number[v] for k, v in sorted(table["start_states"].items())},
        "end_states": {k: number[v] for k, v in sorted(table["end_states"].items())},
    }


def symbol_key(symbol) -> tuple:
    return type(symbol).__name__, symbol.name, getattr(symbol, "filter_out", None)


def emit() -> str:
    """The module's text (run with PYTHONHASHSEED=0)."""
    import base64
    import copyreg
    import importlib
    import io
    import pickle
    import types
    import zlib
    from importlib import metadata, resources

    import lark
    from lark.tools.standalone import gen_standalone

    grammar = resources.files("hcl2").joinpath("hcl2.lark").read_text(encoding="utf-8")
    if OLD_NAME not in grammar:
        raise SystemExit("python-hcl2's NAME terminal changed: update OLD_NAME in tools/gen_hcl_parser.py")
    grammar = grammar.replace(OLD_NAME, NEW_NAME)
    built = lark.Lark(grammar, parser="lalr", lexer="contextual", propagate_positions=True)
    out = io.StringIO()
    gen_standalone(built, out=out)
    code = out.getvalue()
    head, tail = code.split("\nDATA = (\n", 1)
    head = head.replace("import pickle, zlib, base64\n", "")
    optional = "try:\n    import regex\n    _has_regex = True\nexcept ImportError:\n    _has_regex = False\n"
    assert optional in head, "lark's output changed"
    head = head.replace(
        optional, "_has_regex = False  # msklint: the grammar needs only `re` (importing regex: ~50 ms)\n"
    )
    logger = head[
        head.index("logger: logging.Logger") : head.index("logger.setLevel(logging.CRITICAL)\n") + 34
    ]
    head = head.replace(logger, NULL_LOGGER)
    for old, new in RUNTIME_IMPORTS:
        assert head.count(old) == 1, "lark's output changed"
        head = head.replace(old, new)
    scanner = head[head.index("class Scanner:\n") : head.index("def _regexp_has_newline")]
    assert "self._mres = self._build_mres(terminals, len(terminals))" in scanner, "lark's output changed"
    head = head.replace(scanner, SCANNER)
    runtime = head + POSTLEXER + "Shift = 0\nReduce = 1\n"
    assert tail.split("\n)\n")[-1].strip().startswith("Shift = 0\nReduce = 1"), "lark's output changed"

    module = types.ModuleType(MODULE)
    sys.modules[MODULE] = module
    exec(compile(runtime, MODULE, "exec"), module.__dict__)
    data, memo = built.memo_serialize([lark.lexer.TerminalDef, lark.grammar.Rule])
    data["parser"]["parser"] = canonical(data["parser"]["parser"])
    instance = module.Lark._load_from_dict(data, memo, postlex=module.PostLexer())
    digest = tables_digest(instance)
    shared: dict = {}  # equal actions as one object: ~1,000 tuples to unpickle at every run instead of ~21,000
    for actions in instance.parser.parser._parse_table.states.values():
        for name, (kind, arg) in actions.items():
            actions[name] = shared.setdefault((kind, arg if kind == 0 else id(arg)), (kind, arg))
    for rule in {id(rule): rule for rule in instance.rules + instance.parser.parser_conf.rules}.values():
        rule.origin = shared.setdefault(symbol_key(rule.origin), rule.origin)  # equal symbols too
        rule.expansion = type(rule.expansion)(shared.setdefault(symbol_key(s), s) for s in rule.expansion)
    copyreg.pickle(types.ModuleType, lambda m: (importlib.import_module, (m.__name__,)))
    blob = base64.b64encode(zlib.compress(pickle.dumps(instance, protocol=4), 9)).decode("ascii")
    chunks = "\n".join(f'    "{blob[i : i + 100]}",' for i in range(0, len(blob), 100))
    header = (
        "# Generated by tools/gen_hcl_parser.py: do not edit, run it again (a test checks that it is current).\n"
        f"# Source: python-hcl2 {metadata.version('python-hcl2')}'s hcl2.lark (MIT) with NAME widened to"
        f" `{NEW_NAME[7:]}`,\n# lark {lark.__version__}'s stand-alone generator (its code: MPL-2.0, below)."
        f" Generated 2026-12-03.\n# Tables: sha256 {digest}\n"
    )
    return header + runtime + LOADER + BLOB + chunks + "\n)\n"


def run_child(option: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, __file__, option], env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr)
    return result.stdout


def build() -> str:
    return run_child("--emit")


def tables_digest(instance) -> str:
    """sha256 of a built parser's LALR table (states numbered canonically) and lexer terminals."""
    table = instance.parser.parser._parse_table
    states = [
        (s, sorted((name, str(kind), str(arg)) for name, (kind, arg) in actions.items()))
        for s, actions in sorted(table.states.items())
    ]
    terminals = [(t.name, t.pattern.value, t.pattern.flags, t.priority) for t in instance.terminals]
    summary = (states, sorted(table.start_states.items()), sorted(table.end_states.items()), terminals)
    return hashlib.sha256(repr(summary).encode()).hexdigest()


def checked_in_digest() -> str:
    from msklint.syntax import _hcl_lark

    return tables_digest(_hcl_lark.parser())


def check() -> int:
    """Current: the file as generated today, up to its pickled parser, whose tables are the header's."""
    text, current = build(), OUT.read_text(encoding="utf-8") if OUT.is_file() else ""
    digest = run_child("--digest").strip()
    if text.split(BLOB)[0] != current.split(BLOB)[0] or f"sha256 {digest}\n" not in text:
        print(f"{OUT.relative_to(ROOT)} is stale: run python tools/gen_hcl_parser.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--emit"]:
        sys.stdout.write(emit())
    elif sys.argv[1:] == ["--digest"]:
        print(checked_in_digest())
    elif sys.argv[1:] == ["--check"]:
        raise SystemExit(check())
    else:
        raise SystemExit(main(build, OUT, "gen_hcl_parser.py", __doc__.splitlines()[0]))

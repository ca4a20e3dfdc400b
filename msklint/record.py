"""`@record`: msklint's data classes, declared like dataclasses, at a twentieth of the start-up cost.

`dataclasses.dataclass` compiles each generated method on its own and inspects the class: 0.5–0.8 ms per
class on Python 3.11, and a one-file run defined ~40 of them (a fifth of its start-up). A record is declared
the same way:

    @record(frozen=True)
    class Place:
        line: int
        column: int
        origin: str = ""
        notes: list[str] = field(factory=list)

and gets `__slots__`, an `__init__` (one generated function, then `__post_init__` when the class has one),
`__repr__`, `__eq__` (same class, equal compared fields), `__hash__` when frozen (unhashable otherwise, as a
dataclass), pickling and copying; `replace(obj, **changes)` and `fields(cls)` stand for their dataclasses
namesakes. Standard library only: this module is imported on every run.
"""

from __future__ import annotations

from operator import attrgetter

_MISSING = object()


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record."""


class Field:
    __slots__ = ("compare", "default", "factory", "init", "repr")

    def __init__(self, default=_MISSING, factory=None, init=True, repr=True, compare=True):
        self.default, self.factory, self.init, self.repr, self.compare = default, factory, init, repr, compare


def field(*, default=_MISSING, factory=None, init=True, repr=True, compare=True):
    """A field's default made by `factory()` per instance, or a field left out of `__init__`, `repr` or
    comparisons."""
    return Field(default, factory, init, repr, compare)


def record(cls=None, /, *, frozen: bool = False):
    """Make `cls` a record (`@record` or `@record(frozen=True)`)."""
    if cls is None:
        return lambda cls: _make(cls, frozen)
    return _make(cls, frozen)


def fields(cls_or_record) -> tuple[str, ...]:
    """The field names, in declaration order."""
    return cls_or_record.__record_fields__


def replace(obj, /, **changes):
    """A copy of `obj` with some fields changed."""
    return obj.__class__(**{**{name: getattr(obj, name) for name in obj.__record_init__}, **changes})


def _make(cls, frozen: bool):
    namespace = dict(cls.__dict__)
    specs = {}
    for name in namespace.get("__annotations__", {}):
        value = namespace.pop(name, _MISSING)
        specs[name] = value if isinstance(value, Field) else Field(default=value)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = tuple(specs)
    namespace["__qualname__"] = cls.__qualname__

    params, body, scope = [], [], {"_set": object.__setattr__}
    for name, spec in specs.items():
        if spec.factory is not None:
            scope[f"_f_{name}"] = spec.factory
            value = f"_f_{name}()" if not spec.init else f"_f_{name}() if {name} is _MISSING else {name}"
            default = "_MISSING"
        else:
            scope[f"_d_{name}"] = spec.default
            value = name if spec.init else f"_d_{name}"
            default = None if spec.default is _MISSING else f"_d_{name}"
        if spec.init:
            params.append(name if default is None else f"{name}={default}")
        body.append(f"_set(self, {name!r}, {value})" if frozen else f"self.{name} = {value}")
    if "__post_init__" in namespace:
        body.append("self.__post_init__()")
    scope["_MISSING"] = _MISSING
    source = f"def __init__(self, {', '.join(params)}):\n    " + "\n    ".join(body or ["pass"])
    exec(source, scope)  # one function per class: what makes a record cheap to define

    compared = tuple(name for name, spec in specs.items() if spec.compare)
    key = attrgetter(*compared) if len(compared) > 1 else lambda obj: tuple(getattr(obj, n) for n in compared)
    explicit_hash = "__hash__" in namespace and not (namespace["__hash__"] is None and "__eq__" in namespace)
    namespace.update(
        __init__=scope["__init__"],
        __record_fields__=tuple(specs),
        __record_init__=tuple(name for name, spec in specs.items() if spec.init),
        __record_repr__=tuple(name for name, spec in specs.items() if spec.repr),
        __record_key__=staticmethod(key),  # the compared fields' values as a tuple
        __reduce__=_reduce,
    )
    namespace.setdefault("__repr__", _repr)
    namespace.setdefault("__eq__", _eq)
    if not explicit_hash:
        namespace["__hash__"] = _hash if frozen else None
    if frozen:
        namespace.update(__setattr__=_frozen, __delattr__=_frozen)
    made = type(cls)(cls.__name__, cls.__bases__, namespace)
    made.__init__.__qualname__ = f"{made.__qualname__}.__init__"
    return made


def _repr(self) -> str:
    values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_repr__)
    return f"{self.__class__.__qualname__}({values})"


def _eq(self, other):
    if other.__class__ is self.__class__:
        return self.__record_key__(self) == self.__record_key__(other)
    return NotImplemented


def _hash(self) -> int:
    return hash(self.__record_key__(self))


def _reduce(self):  # as a dataclass: the fields' values restored, `__init__` not run again
    return _rebuild, (self.__class__, tuple(getattr(self, name) for name in self.__record_fields__))


def _rebuild(cls, values):
    obj = object.__new__(cls)
    for name, value in zip(cls.__record_fields__, values, strict=True):
        object.__setattr__(obj, name, value)
    return obj


def _frozen(self, name, *value):
    raise FrozenInstanceError(f"cannot assign to field {name!r}")

"""Output formats: text (default), json (the stable contract), sarif (2.1.0), github (workflow commands)."""

from __future__ import annotations

import json
import os
from collections import Counter

from msklint import __version__
from msklint.engine import Result
from msklint.findings import SEVERITIES

GUIDE_URL = "https://docs.aws.amazon.com/msk/latest/developerguide/"
JSON_VERSION = 1


def summary(result: Result) -> dict:
    counts = Counter(finding.severity for finding in result.findings)
    return {
        "files": result.files,
        "findings": len(result.findings),
        "by_severity": {severity: counts.get(severity, 0) for severity in reversed(SEVERITIES)},
        "input_errors": len(result.errors),
        "skipped": list(result.skipped),  # files read that held nothing msklint checks
    }


def render(result: Result, output_format: str, rules_by_code: dict) -> str:
    return {"text": text, "json": as_json, "sarif": sarif, "github": github}[output_format](
        result, rules_by_code
    )


def text(result: Result, rules_by_code: dict) -> str:
    lines = [
        f"{f.path}:{f.line}:{f.column}: {f.rule} {f.severity} {f.message}"
        + (f" [{f.target}]" if f.target else "")
        for f in result.findings
    ]
    counts = summary(result)
    checked = f"{result.files} file{'s' if result.files != 1 else ''}"
    if result.clusters:
        checked += f" and the cluster at {', '.join(result.clusters)}"
    if result.findings:
        lines.append(f"Found {_plural(counts)} in {checked}.")
    elif not result.errors:
        lines.append(f"All checks passed ({checked}).")
    if result.errors:
        count = len(result.errors)
        lines.append(f"{count} file{'s' if count != 1 else ''} could not be read (see messages above).")
    return "\n".join(lines)


def _plural(counts: dict) -> str:
    parts = []
    for severity in reversed(SEVERITIES):
        number = counts["by_severity"][severity]
        if number:
            parts.append(f"{number} {severity}{'s' if number != 1 else ''}")
    return ", ".join(parts)


def as_json(result: Result, rules_by_code: dict) -> str:
    document = {
        "version": JSON_VERSION,
        "findings": [finding.as_dict() for finding in result.findings],
        "errors": result.errors,
        "summary": summary(result),
    }
    return json.dumps(document, indent=2)


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    if "://" in path:
        return path
    relative = os.path.relpath(path) if os.path.isabs(path) else path
    return relative.replace(os.sep, "/")


def sarif(result: Result, rules_by_code: dict) -> str:
    used = sorted({finding.rule for finding in result.findings})
    rules = []
    for code in used:
        rule = rules_by_code.get(code)
        descriptor = {"id": code}
        if rule is not None:
            descriptor.update(
                name=rule.name,
                shortDescription={"text": rule.summary},
                fullDescription={"text": rule.description or rule.summary},
                helpUri=rule.url or GUIDE_URL,
                defaultConfiguration={"level": _SARIF_LEVEL[rule.severity]},
                properties={"guide": rule.guide},
            )
        rules.append(descriptor)
    index = {code: i for i, code in enumerate(used)}
    results = [
        {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message + (f" Fix: {f.hint}" if f.hint else "")},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(f.path)},
                        "region": {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)},
                    },
                    **({"logicalLocations": [{"fullyQualifiedName": f.target}]} if f.target else {}),
                }
            ],
            "properties": {"target": f.target, "hint": f.hint, "guide": f.guide},
        }
        for f in result.findings
    ]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "msklint",
                        "version": __version__,
                        "informationUri": "https://github.com/msklint/msklint",
                        "rules": rules,
                    }
                },
                "results": results,
                "invocations": [
                    {
                        "executionSuccessful": not result.errors,
                        "toolExecutionNotifications": [
                            {"level": "error", "message": {"text": error["message"]}}
                            for error in result.errors
                        ],
                    }
                ],
            }
        ],
    }
    return json.dumps(log, indent=2)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def github(result: Result, rules_by_code: dict) -> str:
    lines = []
    for f in result.findings:
        properties = f"file={_escape_property(_uri(f.path))},line={f.line},col={f.column}"
        title = _escape_property(
            f"{f.rule} {rules_by_code[f.rule].name if f.rule in rules_by_code else ''}".strip()
        )
        message = _escape_data(f.message + (f" Fix: {f.hint}" if f.hint else ""))
        lines.append(f"::{_GITHUB_LEVEL[f.severity]} {properties},title={title}::{message}")
    for error in result.errors:
        lines.append(
            f"::error file={_escape_property(_uri(error['path']))}::{_escape_data(error['message'])}"
        )
    return "\n".join(lines)

"""What msklint's planner (`msklint.rebalance.planning`) and the Cruise Control commands
(`msklint.rebalance.commands`) share: the Kafka connection of `--via-kafka` and `--strategy`, and the plan check."""

from __future__ import annotations

import contextlib

from msklint.findings import InputError


def check_plan(plan, args, path: str = "plan.json"):
    """msklint's findings on the plan (positions as in the written plan file) and the config used."""
    from msklint.context import resolve_config
    from msklint.engine import build_context, run_rules
    from msklint.loaders.plan import extract
    from msklint.syntax.structured import parse_json

    config, context = resolve_config(args)
    plan.check = []
    documents = extract(path, parse_json(plan.dumps()), plan.dumps(), "plan")
    findings = run_rules(documents, build_context(documents, context), config)
    plan.check = [finding.as_dict() for finding in findings]
    return findings, config


def gate_failed(findings, config) -> bool:
    from msklint.findings import severity_rank

    return any(severity_rank(f.severity) >= severity_rank(config.fail_on) for f in findings)


def print_findings(findings) -> None:
    if not findings:
        print("plan check: no findings")
        return
    print(f"plan check: {len(findings)} finding{'s' if len(findings) != 1 else ''}")
    for f in findings:
        print(f"  {f.rule} {f.severity} {f.message}" + (f" — {f.hint}" if f.hint else ""))


@contextlib.contextmanager
def kafka_connection(args):
    """Kafka's reassignment operations on the --bootstrap-server connection (the options of `msklint
    check`); kafka-python's failures become one line (exit code 2), as for `check`."""
    import logging

    from msklint.rebalance.kafka_apply import Kafka

    from msklint.live import LiveError, explain, problem_recorder
    from msklint.live_cli import connection_from_args

    connection = connection_from_args(args)
    if connection is None:
        raise InputError("--via-kafka needs --bootstrap-server HOST:PORT")
    problems = problem_recorder()
    logger = logging.getLogger("kafka")
    logger.addHandler(problems)
    propagate, logger.propagate = logger.propagate, False
    kafka = None
    try:
        kafka = Kafka.connect(connection)
        yield kafka, connection
    except (InputError, KeyboardInterrupt):
        raise
    except Exception as error:
        raise LiveError(f"{connection.address}: {explain(error, connection, problems.last)}") from None
    finally:
        if kafka is not None:
            with contextlib.suppress(Exception):
                kafka.close()
        logger.removeHandler(problems)
        logger.propagate = propagate

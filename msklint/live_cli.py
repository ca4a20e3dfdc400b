"""`msklint check` options for a live cluster. Kept apart from msklint.live so that a plain `check` of
files builds its parser without importing the live reader (start-up time)."""

from __future__ import annotations

import os

from msklint.context import DEFAULT_TIMEOUT
from msklint.findings import InputError

SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN", "AWS_MSK_IAM")


def add_arguments(parser) -> None:
    """`msklint check` flags for reading a live cluster."""
    group = parser.add_argument_group(
        "live cluster (read with kafka-python; needs Describe, DescribeConfigs)"
    )
    group.add_argument(
        "--bootstrap-server", metavar="HOST:PORT[,HOST:PORT]", help="lint this running cluster"
    )
    group.add_argument(
        "--security-protocol",
        type=str.upper,
        choices=SECURITY_PROTOCOLS,
        help="default PLAINTEXT, or SASL_SSL with --sasl-mechanism",
    )
    group.add_argument(
        "--ssl-cafile", metavar="FILE", help="CA certificates (PEM) to verify the brokers with"
    )
    group.add_argument(
        "--ssl-no-verify",
        action="store_true",
        help="do not verify the brokers' TLS certificates and host names (warns; for test clusters only)",
    )
    group.add_argument("--sasl-mechanism", type=str.upper, choices=SASL_MECHANISMS)
    group.add_argument("--sasl-username")
    secret = group.add_mutually_exclusive_group()
    secret.add_argument(
        "--sasl-password-env", metavar="VAR", help="read the SASL password from this environment variable"
    )
    secret.add_argument(
        "--sasl-password-file",
        metavar="FILE",
        help="read the SASL password from this file (without either: ~/.netrc or $NETRC, machine HOST)",
    )
    group.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"for connecting and for each request (default {DEFAULT_TIMEOUT:g})",
    )
    group.add_argument(
        "--strict-inventory",
        action="store_true",
        help="warn (not inform) about live topics the given topic files do not declare",
    )


def connection_from_args(args):
    """The connection the flags ask for (None without --bootstrap-server); InputError when inconsistent."""
    if not args.bootstrap_server:
        given = [
            flag
            for flag in (
                "security_protocol",
                "ssl_cafile",
                "ssl_no_verify",
                "sasl_mechanism",
                "sasl_username",
            )
            if getattr(args, flag)
        ]
        if given or args.sasl_password_env or args.sasl_password_file or args.strict_inventory:
            raise InputError("check: the live-cluster options need --bootstrap-server")
        return None
    if args.timeout <= 0:
        raise InputError("check: --timeout must be a positive number of seconds")
    mechanism = args.sasl_mechanism
    protocol = args.security_protocol or ("SASL_SSL" if mechanism else "PLAINTEXT")
    password = _password(args)
    username = args.sasl_username
    if mechanism and mechanism != "AWS_MSK_IAM" and password is None:
        username, password = _from_netrc(args.bootstrap_server, username)
    if mechanism and not protocol.startswith("SASL_"):
        raise InputError(
            f"check: --sasl-mechanism {mechanism} needs --security-protocol SASL_SSL or SASL_PLAINTEXT"
        )
    if protocol.startswith("SASL_") and not mechanism:
        raise InputError(f"check: --security-protocol {protocol} needs --sasl-mechanism")
    if mechanism == "AWS_MSK_IAM":
        if protocol != "SASL_SSL":
            raise InputError("check: AWS_MSK_IAM needs --security-protocol SASL_SSL")
        if args.sasl_username or password:
            raise InputError(
                "check: AWS_MSK_IAM takes AWS credentials from the environment, not a username or password"
            )
    elif mechanism and (not username or password is None):
        raise InputError(
            f"check: {mechanism} needs --sasl-username and --sasl-password-env or --sasl-password-file"
            " (or a ~/.netrc entry for the bootstrap host)"
        )
    if args.ssl_cafile and not os.path.isfile(args.ssl_cafile):
        raise InputError(f"check: --ssl-cafile {args.ssl_cafile}: no such file")
    from msklint.live import Connection

    return Connection(
        bootstrap=args.bootstrap_server,
        security_protocol=protocol,
        ssl_cafile=args.ssl_cafile,
        sasl_mechanism=mechanism,
        sasl_username=username,
        sasl_password=password,
        timeout=args.timeout,
        ssl_verify=not args.ssl_no_verify,
    )


def _password(args) -> str | None:
    """Never from the command line (it would show in `ps` and shell history)."""
    if args.sasl_password_env:
        value = os.environ.get(args.sasl_password_env)
        if value is None:
            raise InputError(
                f"check: --sasl-password-env: environment variable {args.sasl_password_env} is not set"
            )
        return value
    if args.sasl_password_file:
        try:
            with open(args.sasl_password_file, encoding="utf-8") as handle:
                return handle.read().rstrip("\r\n")
        except OSError as error:
            raise InputError(
                f"check: --sasl-password-file {args.sasl_password_file}: {error.strerror}"
            ) from None
    return None


def _from_netrc(bootstrap: str, username: str | None) -> tuple[str | None, str | None]:
    """(login, password) of the netrc entry for the first bootstrap host ($NETRC, else ~/.netrc), if any.
    An entry whose login differs from --sasl-username is not used. Errors never quote the file."""
    import netrc

    host = bootstrap.split(",")[0].strip().rsplit(":", 1)[0].strip("[]")
    path = os.environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.isfile(path):
        return username, None
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError, UnicodeDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise InputError(
            f"check: {path}{f':{line}' if line else ''}: cannot read it as a netrc file"
        ) from None
    if entry is None or (username and entry[0] and entry[0] != username):
        return username, None
    return username or entry[0], entry[2]


def read_documents(args, config):
    """For `msklint check`: the live documents, and the configuration with --strict-inventory applied."""
    from msklint.record import replace

    connection = connection_from_args(args)
    if connection is None:
        return config, []
    if args.strict_inventory:
        options = {**config.rule_options, "L007": {**config.rule_options.get("L007", {}), "strict": True}}
        config = replace(config, rule_options=options)
    from msklint.live import documents, read_cluster

    return config, documents(read_cluster(connection))

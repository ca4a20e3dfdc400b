"""Live mode's network safety: the SASL password comes only from the environment, a file or netrc, and
never appears in any output, report or error message, whichever route gave it (against the real Kafka's
SCRAM listener); retries only for transient errors of (idempotent) reads; TLS verification opt-out warns."""

import os

import pytest
from helpers import run_cli
from kafka.errors import ClusterAuthorizationFailedError, KafkaTimeoutError

from msklint.live import Connection, retried

PASSWORD = "pw-secret-5e1d9c"
USER = "msklint-secrets"


def routes(tmp_path, password):
    """(name, extra arguments, environment) for each way of giving the password."""
    secret = tmp_path / "password"
    secret.write_text(password + "\n")
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    netrc = home / ".netrc"
    return [
        ("env", ["--sasl-password-env", "MSK_PW"], {"MSK_PW": password}),
        ("file", ["--sasl-password-file", str(secret)], {}),
        ("netrc", [], {"HOME": str(home), "NETRC": str(netrc), "_NETRC_TEXT": password}),
    ]


def run(bootstrap, args, env, *more):
    env = dict(env)
    netrc_text = env.pop("_NETRC_TEXT", None)
    if netrc_text is not None:
        host = bootstrap.rsplit(":", 1)[0]
        with open(env["NETRC"], "w") as handle:
            handle.write(f"machine {host} login {USER} password {netrc_text}\n")
        os.chmod(env["NETRC"], 0o600)
    common = ["check", "--bootstrap-server", bootstrap, "--security-protocol", "SASL_PLAINTEXT"]
    common += ["--sasl-mechanism", "SCRAM-SHA-512", "--sasl-username", USER, "--timeout", "3"]
    return run_cli(*common, *args, *more, env=env)


@pytest.mark.kafka
def test_the_password_never_appears_whichever_route_gave_it(kafka_cluster, tmp_path):
    kafka_cluster.add_scram_user(USER, PASSWORD)
    sasl = kafka_cluster.sasl_bootstrap.split(",")[0]
    for name, args, env in routes(tmp_path, PASSWORD):
        for output in (["--format", "text", "-v"], ["--format", "json"], ["--format", "sarif"]):
            code, out, err = run(sasl, args, env, "--select", "L", *output)
            assert code == 0, (name, err)
            assert PASSWORD not in out + err, name
    for name, args, env in routes(tmp_path, "wrong-" + PASSWORD):
        code, out, err = run(sasl, args, env)
        assert (code, out) == (2, ""), name
        assert err.startswith(f"msklint: kafka://{sasl}: ") and len(err.strip().splitlines()) == 1, err
        assert PASSWORD not in err, name
    # nobody answers: the connection error does not carry the password either
    for name, args, env in routes(tmp_path, PASSWORD):
        code, out, err = run("127.0.0.1:9", args, env)
        assert code == 2 and PASSWORD not in out + err, name


def test_netrc_entries_for_other_hosts_or_users_are_not_used(tmp_path):
    netrc = tmp_path / ".netrc"
    netrc.write_text(f"machine 127.0.0.1 login someone-else password {PASSWORD}\n")
    netrc.chmod(0o600)
    code, _, err = run_cli(
        "check",
        "--bootstrap-server",
        "127.0.0.1:9",
        "--sasl-mechanism",
        "SCRAM-SHA-512",
        "--security-protocol",
        "SASL_PLAINTEXT",
        "--sasl-username",
        USER,
        env={"NETRC": str(netrc)},
    )
    assert code == 2 and "needs --sasl-username and --sasl-password-env" in err and PASSWORD not in err
    netrc.write_text(f"machine 127.0.0.1 login {USER} passwd {PASSWORD}\n")  # malformed: the parser quotes it
    code, _, err = run_cli(
        "check",
        "--bootstrap-server",
        "127.0.0.1:9",
        "--sasl-mechanism",
        "SCRAM-SHA-512",
        "--security-protocol",
        "SASL_PLAINTEXT",
        env={"NETRC": str(netrc)},
    )
    assert (code, err) == (2, f"msklint: check: {netrc}:1: cannot read it as a netrc file\n")


def test_retries_only_transient_errors_with_backoff():
    connection = Connection("127.0.0.1:9", timeout=10)
    pauses, calls = [], []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise KafkaTimeoutError("slow")
        return "answer"

    assert retried(flaky, connection, sleep=pauses.append) == "answer"
    assert pauses == [0.5, 1.0]

    def always():
        calls.append(1)
        raise KafkaTimeoutError("slow")

    calls.clear()
    with pytest.raises(KafkaTimeoutError):
        retried(always, connection, sleep=pauses.append)
    assert len(calls) == 3  # bounded

    def permanent():
        calls.append(1)
        raise ClusterAuthorizationFailedError("gone")

    calls.clear()
    with pytest.raises(ClusterAuthorizationFailedError):
        retried(permanent, connection, sleep=pauses.append)
    assert len(calls) == 1


def test_tls_verification_is_on_unless_turned_off_and_then_warns(tmp_path):
    from msklint.live import admin_client  # noqa: F401  (the options below are what it is given)

    code, _, err = run_cli(
        "check",
        "--bootstrap-server",
        "127.0.0.1:9",
        "--security-protocol",
        "SSL",
        "--ssl-no-verify",
        "--timeout",
        "1",
    )
    assert code == 2 and err.splitlines()[0] == (
        "msklint: warning: TLS certificates of the brokers are not verified (--ssl-no-verify)"
    )
    code, _, err = run_cli(
        "check", "--bootstrap-server", "127.0.0.1:9", "--security-protocol", "SSL", "--timeout", "1"
    )
    assert code == 2 and "warning" not in err

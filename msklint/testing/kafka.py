"""A real Apache Kafka (KRaft) cluster on 127.0.0.1, for the tests and for manual checks and demos.

    python -m msklint.testing.kafka start [--brokers 3] [--dir DIR]   # last line: the bootstrap address
    python -m msklint.testing.kafka stop --dir DIR

The broker is the one pinned in tools/kafka/pom.xml (fetched once by Maven into ~/.cache/msklint, see
msklint.testing.jars). Every node runs in combined mode (broker and controller in one JVM): three JVMs
instead of six, and a three-voter quorum that survives one node going away. `controllers` makes only
the first nodes voters, the rest plain brokers (the connection-failure tests stop such a broker).
Each node gets a free port per listener, `broker.rack` from three Availability Zone IDs as MSK reports
them, and a small heap. Everything the cluster writes stays in its folder.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from msklint.record import record
from msklint.testing.jars import kafka_classpath

RACKS = ("use1-az1", "use1-az2", "use1-az4")  # MSK puts the Availability Zone ID in broker.rack
HEAP = "256m"
START_TIMEOUT = 180.0
JVM_FLAGS = (
    "-XX:+UseSerialGC",  # one GC thread, smallest footprint
    "-XX:TieredStopAtLevel=1",  # C1 only: faster start, less CPU on a shared machine
    "-XX:ReservedCodeCacheSize=48m",
    "-Xss512k",
    "-Djava.awt.headless=true",
)
STATE_FILE = "cluster.json"


class KafkaStartError(RuntimeError):
    """The cluster did not come up; the message says which node and quotes its log."""


@record
class Node:
    node_id: int
    port: int  # PLAINTEXT client listener
    sasl_port: int  # SASL_PLAINTEXT listener with SCRAM-SHA-512 (users: KafkaCluster.add_scram_user)
    controller_port: int | None  # None for a broker-only node
    rack: str
    folder: Path
    pid: int | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"


class KafkaCluster:
    def __init__(self, folder: str | Path, nodes: list[Node], cluster_id: str, heap: str = HEAP):
        self.folder = Path(folder)
        self.nodes = nodes
        self.cluster_id = cluster_id
        self.heap = heap
        self._processes: dict[int, subprocess.Popen] = {}

    @property
    def bootstrap(self) -> str:
        """All brokers, comma-separated, as MSK's bootstrap strings are."""
        return ",".join(node.address for node in self.nodes)

    @property
    def first(self) -> str:
        return self.nodes[0].address

    @property
    def sasl_bootstrap(self) -> str:
        """The SASL_PLAINTEXT (SCRAM-SHA-512) listeners, comma-separated."""
        return ",".join(f"127.0.0.1:{node.sasl_port}" for node in self.nodes)

    def add_scram_user(self, user: str, password: str) -> None:
        """Create a SCRAM-SHA-512 user for the SASL listener (KRaft keeps it in the cluster metadata)."""
        from kafka.admin import ScramMechanism, UserScramCredentialUpsertion

        with self.admin() as admin:
            admin.alter_user_scram_credentials(
                [UserScramCredentialUpsertion(user, ScramMechanism.SCRAM_SHA_512, password, iterations=4096)]
            )
        # brokers learn the credential from the metadata log a moment later: wait until each one accepts it
        for node in self.nodes:
            if node.sasl_port:
                self._wait_for_scram(f"127.0.0.1:{node.sasl_port}", user, password)

    @staticmethod
    def _wait_for_scram(bootstrap: str, user: str, password: str, timeout: float = 30.0) -> None:
        from kafka.admin import KafkaAdminClient
        from kafka.errors import KafkaError

        deadline = time.monotonic() + timeout
        while True:
            try:
                KafkaAdminClient(
                    bootstrap_servers=bootstrap,
                    security_protocol="SASL_PLAINTEXT",
                    sasl_mechanism="SCRAM-SHA-512",
                    sasl_plain_username=user,
                    sasl_plain_password=password,
                    request_timeout_ms=5000,
                ).close()
                return
            except KafkaError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def node(self, node_id: int) -> Node:
        return next(node for node in self.nodes if node.node_id == node_id)

    # Lifecycle -------------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: str | Path,
        brokers: int = 3,
        controllers: int | None = None,
        heap: str = HEAP,
        extra: dict[str, str] | None = None,
        racks: tuple[str, ...] = RACKS,
    ) -> KafkaCluster:
        """Write the configuration and format the storage of a new cluster (not started yet).

        Node i gets racks[i % len(racks)]; `extra` adds or overrides server.properties of every node.
        """
        if brokers < 1:
            raise ValueError("a cluster needs at least one broker")
        controllers = min(controllers or brokers, brokers, 3)
        folder = Path(folder).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        ports = _free_ports(2 * brokers + controllers)
        nodes = [
            Node(
                node_id=i + 1,
                port=ports[i],
                sasl_port=ports[brokers + i],
                controller_port=ports[2 * brokers + i] if i < controllers else None,
                rack=racks[i % len(racks)],
                folder=folder / f"node-{i + 1}",
            )
            for i in range(brokers)
        ]
        cluster = cls(folder, nodes, _cluster_id(), heap)
        for node in nodes:
            node.folder.mkdir(exist_ok=True)
            (node.folder / "server.properties").write_text(cluster._properties(node, extra or {}))
            (node.folder / "log4j.properties").write_text(_LOG4J.format(log=node.folder / "server.log"))
        cluster._format()
        cluster._save()
        return cluster

    def start(self, timeout: float = START_TIMEOUT, die_with_parent: bool = False) -> None:
        """Start every node and wait until all brokers are registered and unfenced."""
        classpath = kafka_classpath()
        for node in self.nodes:
            self._launch(node, classpath, die_with_parent)
        self._save()
        try:
            self.wait_ready(timeout)
        except BaseException:
            self.stop()
            raise

    def _launch(self, node: Node, classpath: str, die_with_parent: bool) -> None:
        command = [
            "java",
            f"-Xmx{self.heap}",
            "-Xms32m",
            *JVM_FLAGS,
            f"-Dlog4j.configuration=file:{node.folder / 'log4j.properties'}",
            f"-Dkafka.logs.dir={node.folder}",
            "-cp",
            classpath,
            "kafka.Kafka",
            str(node.folder / "server.properties"),
        ]
        with open(node.folder / "stdout.log", "ab") as output:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C in the terminal that started it does not reach it
                preexec_fn=_die_with_parent if die_with_parent else None,
            )
        self._processes[node.node_id] = process
        node.pid = process.pid

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        last_error = "no answer yet"
        while time.monotonic() < deadline:
            for node in self.nodes:
                if not _alive(node.pid):
                    raise KafkaStartError(
                        f"Kafka node {node.node_id} exited during start-up:\n{self.log_tail(node)}"
                    )
            try:
                # Brokers learn of each other one by one: ask through each of them, twice.
                views = [self.registered_brokers(node.address) for node in self.nodes * 2]
            except Exception as error:  # not up yet: kafka-python raises many kinds
                last_error = f"{type(error).__name__}: {error}"
            else:
                if all(view == {node.node_id for node in self.nodes} for view in views):
                    return
                last_error = f"registered brokers {[sorted(view) for view in views]}"
            time.sleep(0.5)
        logs = "\n".join(self.log_tail(node) for node in self.nodes)
        raise KafkaStartError(f"Kafka did not become ready within {timeout:.0f}s ({last_error}):\n{logs}")

    def registered_brokers(self, bootstrap: str | None = None) -> set[int]:
        """Ids of the brokers the cluster metadata lists as registered and not fenced."""
        with self.admin(timeout_ms=5000, bootstrap=bootstrap) as admin:
            brokers = admin.describe_cluster()["brokers"]
        return {b["broker_id"] for b in brokers if not b.get("is_fenced", False)}

    def admin(self, timeout_ms: int = 15000, bootstrap: str | None = None):
        """A kafka-python admin client on this cluster (use as a context manager)."""
        _quiet_kafka_logging()
        from kafka.admin import KafkaAdminClient

        return KafkaAdminClient(
            bootstrap_servers=bootstrap or self.bootstrap,
            request_timeout_ms=timeout_ms,
            bootstrap_timeout_ms=timeout_ms,
            client_id="msklint-testing",
        )

    def stop(self, grace: float = 5.0) -> None:
        """Stop every node: SIGTERM, then SIGKILL after `grace` seconds. Safe to call twice."""
        nodes = [node for node in self.nodes if self._owns(node)]
        for node in nodes:
            self.signal(node.node_id, signal.SIGCONT)  # a stopped (SIGSTOP) JVM cannot act on SIGTERM
            self.signal(node.node_id, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while any(_alive(node.pid) for node in nodes) and time.monotonic() < deadline:
            time.sleep(0.1)
            self._reap()
        for node in nodes:
            self.signal(node.node_id, signal.SIGKILL)
        while any(_alive(node.pid) for node in nodes):
            time.sleep(0.05)
            self._reap()

    def signal(self, node_id: int, signum: int) -> None:
        """Send a signal to one node (tests use SIGSTOP/SIGCONT/SIGKILL to make a broker fail)."""
        node = self.node(node_id)
        if self._owns(node):
            with contextlib.suppress(ProcessLookupError):
                os.kill(node.pid, signum)

    def _owns(self, node: Node) -> bool:
        """The pid is still this node's JVM (pids get reused after a crash or a reboot)."""
        if not _alive(node.pid):
            return False
        try:
            command = Path(f"/proc/{node.pid}/cmdline").read_bytes()
        except OSError:
            return node.node_id in self._processes
        return str(node.folder / "server.properties").encode() in command

    def _reap(self) -> None:
        for process in self._processes.values():
            process.poll()

    def rss_kib(self) -> dict[int, int]:
        """Resident memory of each running node in KiB (from /proc)."""
        sizes = {}
        for node in self.nodes:
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{node.pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        sizes[node.node_id] = int(line.split()[1])
        return sizes

    def log_tail(self, node: Node, lines: int = 15) -> str:
        text = ""
        for name in ("stdout.log", "server.log"):
            with contextlib.suppress(OSError):
                text += (node.folder / name).read_text(errors="replace")
        tail = [line for line in text.splitlines() if line.strip()][-lines:]
        return f"--- node {node.node_id} ({node.folder}) ---\n" + "\n".join(tail)

    # Files -----------------------------------------------------------------------------------------

    def _properties(self, node: Node, extra: dict[str, str]) -> str:
        voters = ",".join(
            f"{n.node_id}@127.0.0.1:{n.controller_port}" for n in self.nodes if n.controller_port
        )
        replicas = min(3, len(self.nodes))
        values = {
            "process.roles": "broker,controller" if node.controller_port else "broker",
            "node.id": node.node_id,
            "controller.quorum.voters": voters,
            "controller.listener.names": "CONTROLLER",
            "listeners": f"PLAINTEXT://127.0.0.1:{node.port},SASL_PLAINTEXT://127.0.0.1:{node.sasl_port}"
            + (f",CONTROLLER://127.0.0.1:{node.controller_port}" if node.controller_port else ""),
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{node.port},SASL_PLAINTEXT://127.0.0.1:{node.sasl_port}",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
            "sasl.enabled.mechanisms": "SCRAM-SHA-512",
            "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config": (
                "org.apache.kafka.common.security.scram.ScramLoginModule required;"
            ),
            "log.dirs": node.folder / "data",
            "broker.rack": node.rack,
            # MSK's defaults for these (see "The default Amazon MSK configuration"), sized to the cluster.
            "auto.create.topics.enable": "false",
            "offsets.topic.replication.factor": replicas,
            "transaction.state.log.replication.factor": replicas,
            "transaction.state.log.min.isr": min(2, replicas),
            # Small and quick: a test cluster on a shared machine.
            "offsets.topic.num.partitions": 6,
            "group.initial.rebalance.delay.ms": 0,
            "num.network.threads": 2,
            "num.io.threads": 2,
            "background.threads": 2,
            "log.cleaner.dedupe.buffer.size": 4 * 1024 * 1024,
            **extra,
        }
        return "".join(f"{key}={value}\n" for key, value in values.items())

    def _format(self) -> None:
        classpath = kafka_classpath()
        processes = [
            subprocess.Popen(
                [
                    "java",
                    "-Xmx128m",
                    *JVM_FLAGS,
                    f"-Dlog4j.configuration=file:{node.folder / 'log4j.properties'}",
                    "-cp",
                    classpath,
                    "kafka.tools.StorageTool",
                    "format",
                    "--ignore-formatted",
                    "-t",
                    self.cluster_id,
                    "-c",
                    str(node.folder / "server.properties"),
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for node in self.nodes
        ]
        for node, process in zip(self.nodes, processes, strict=True):
            try:
                output, _ = process.communicate(timeout=120)
            except subprocess.TimeoutExpired:
                process.kill()
                raise KafkaStartError(f"formatting node {node.node_id} took more than 120 s") from None
            if process.returncode != 0:
                raise KafkaStartError(f"formatting node {node.node_id} failed:\n{output.strip()}")

    def _save(self) -> None:
        state = {
            "cluster_id": self.cluster_id,
            "heap": self.heap,
            "bootstrap": self.bootstrap,
            "nodes": [
                {
                    "node_id": n.node_id,
                    "port": n.port,
                    "sasl_port": n.sasl_port,
                    "controller_port": n.controller_port,
                    "rack": n.rack,
                    "folder": str(n.folder),
                    "pid": n.pid,
                }
                for n in self.nodes
            ],
        }
        (self.folder / STATE_FILE).write_text(json.dumps(state, indent=1) + "\n")

    @classmethod
    def attach(cls, folder: str | Path) -> KafkaCluster:
        """The cluster `start --dir folder` left running (or created), from its state file."""
        folder = Path(folder).resolve()
        try:
            state = json.loads((folder / STATE_FILE).read_text())
            return cls._from_state(folder, state)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise KafkaStartError(f"{folder}: no readable Kafka cluster state here ({error!r})") from None

    @classmethod
    def _from_state(cls, folder: Path, state: dict) -> KafkaCluster:
        nodes = [
            Node(
                node_id=n["node_id"],
                port=n["port"],
                sasl_port=n["sasl_port"],
                controller_port=n["controller_port"],
                rack=n["rack"],
                folder=Path(n["folder"]),
                pid=n["pid"],
            )
            for n in state["nodes"]
        ]
        return cls(folder, nodes, state["cluster_id"], state.get("heap", HEAP))


@contextlib.contextmanager
def running_cluster(folder: str | Path, brokers: int = 3, **options):
    """A started cluster for the duration of the block; stopped afterwards, also on failure."""
    cluster = KafkaCluster.create(folder, brokers, **options)
    try:
        cluster.start(die_with_parent=True)
        yield cluster
    finally:
        cluster.stop()


def _free_ports(count: int) -> list[int]:
    """Ports the kernel says are free now (all held open together, so they are distinct)."""
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _cluster_id() -> str:
    """A Kafka cluster id: 16 random bytes, URL-safe base64 without padding (Kafka's Uuid format)."""
    while True:
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not text.startswith("-"):  # Kafka refuses ids that look like a command-line option
            return text


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    return state != "Z"  # a zombie has exited and waits to be reaped


def _die_with_parent() -> None:
    """In the child before exec: get SIGKILL when the test run that started us dies (Linux)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _quiet_kafka_logging() -> None:
    logger = logging.getLogger("kafka")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


_LOG4J = """\
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File={log}
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka=INFO
log4j.logger.org.apache.kafka=INFO
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.request.logger=WARN
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m msklint.testing.kafka", description=__doc__.split("\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    start = commands.add_parser(
        "start", help="start a cluster in the background; prints its bootstrap address"
    )
    start.add_argument("--brokers", type=int, default=3)
    start.add_argument("--dir", help="folder for the cluster's files (default: a new temporary folder)")
    start.add_argument("--heap", default=HEAP, help=f"maximum heap per node (default {HEAP})")
    stop = commands.add_parser("stop", help="stop the cluster started with --dir")
    stop.add_argument("--dir", required=True)
    args = parser.parse_args(argv)
    try:
        if args.command == "start":
            folder = args.dir or tempfile.mkdtemp(prefix="msklint-kafka-")
            cluster = KafkaCluster.create(folder, args.brokers, heap=args.heap)
            cluster.start()
            print(f"Kafka {cluster.cluster_id} running in {cluster.folder}")
            print(f"stop with: {sys.executable} -m msklint.testing.kafka stop --dir {cluster.folder}")
            print(cluster.bootstrap)
        else:
            KafkaCluster.attach(args.dir).stop()
            print(f"stopped the Kafka cluster in {Path(args.dir).resolve()}")
    except (KafkaStartError, ValueError, OSError, subprocess.CalledProcessError, RuntimeError) as error:
        print(f"msklint.testing.kafka: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

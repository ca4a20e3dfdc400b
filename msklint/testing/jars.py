"""The Apache Kafka jars pinned in tools/kafka/pom.xml, fetched once with Maven into a cache folder."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

POM = Path(__file__).resolve().parents[2] / "tools" / "kafka" / "pom.xml"
TOOLS_POM = POM.with_name("tools-pom.xml")  # kafka-tools (kafka-reassign-partitions), for bench/planner.py


def kafka_version() -> str:
    return re.search(r"<kafka.version>([^<]+)</kafka.version>", POM.read_text()).group(1)


def cache_dir(version: str | None = None, name: str = "kafka") -> Path:
    base = Path(os.environ.get("MSKLINT_CACHE", Path.home() / ".cache" / "msklint"))
    return base / f"{name}-{version or kafka_version()}"


def tools_classpath() -> str:
    """Class path of the pinned Kafka's command-line tools (kafka-tools and what it needs)."""
    return kafka_classpath(kafka_version(), pom=TOOLS_POM, name="kafka-tools")


def kafka_classpath(version: str | None = None, pom: Path = POM, name: str = "kafka") -> str:
    """Class path of the pinned Kafka broker (or of Kafka `version`), downloading the jars on first use."""
    folder = cache_dir(version, name)
    marker = folder / ".complete"
    if not marker.exists():
        if shutil.which("mvn") is None:
            raise RuntimeError("Maven (mvn) is needed to fetch the Kafka jars from Maven Central")
        partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        subprocess.run(
            [
                "mvn",
                "-q",
                "-B",
                "-f",
                str(pom),
                "dependency:copy-dependencies",
                f"-DoutputDirectory={partial}",
                *([f"-Dkafka.version={version}"] if version else []),
            ],
            check=True,
            timeout=900,
        )
        shutil.rmtree(folder, ignore_errors=True)
        partial.rename(folder)
        marker.touch()
    return os.pathsep.join(str(jar) for jar in sorted(folder.glob("*.jar")))

"""Run the stand-in by hand: `cd tests && python -m ccstandin --bootstrap-server HOST:PORT` (real Kafka)
or without it (a synthetic six-broker cluster). Prints the URL, serves until Ctrl-C."""

import argparse
import time

from .cluster import KafkaCluster, SyntheticCluster
from .server import StandIn


def main() -> None:
    parser = argparse.ArgumentParser(prog="ccstandin")
    parser.add_argument("--bootstrap-server")
    parser.add_argument("--tick", type=float, default=0.5, help="executor step, seconds")
    args = parser.parse_args()
    if args.bootstrap_server:
        backend = KafkaCluster(args.bootstrap_server)
    else:
        racks = {1: "use1-az1", 2: "use1-az2", 3: "use1-az4", 4: "use1-az1", 5: "use1-az2", 6: "use1-az4"}
        backend = SyntheticCluster(racks, {"orders": (12, 3), "payments": (6, 3)})
    standin = StandIn(backend, tick=args.tick, optimize_seconds=1.0, max_block=0.5)
    print(standin.start(), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        standin.stop()


main()

"""MSK lets a custom configuration set only some broker properties: those in the table of "Custom MSK
configurations" and ("Dynamic configuration") the properties Kafka can change without a restart, i.e. not
read-only in Kafka's broker-config table. The note there adds that `advertised.listeners` can be set but
`listeners` cannot. Any other read-only Kafka property (`broker.id`, `log.dirs`, `authorizer.class.name`,
...) is refused by CreateConfiguration/UpdateConfiguration.

The list is generated from the guide (tools/gen_msk_allowlist.py); read-only comes from Kafka's own
DynamicBrokerConfig (tools/gen_kafka_catalog.py). Reading taken where the guide is unclear: the three broker
properties that only the table of "The default Amazon MSK configuration" names
(auto.leader.rebalance.enable, remote.log.reader.threads, zookeeper.set.acl) are accepted, since the guide
presents them as part of MSK's configuration. A property Kafka does not know at all is B003's. A live
broker's settings (`msklint check --bootstrap-server`) include the ones MSK itself sets, so live brokers
are not checked."""

from msklint.broker_config import lookup, settable_on_msk
from msklint.findings import Hit

CODE = "B001"
NAME = "property-not-settable"
SEVERITY = "error"
SUMMARY = "MSK does not let a custom configuration set this broker property"
GUIDE = "Custom MSK configurations"
BAD = "listeners=PLAINTEXT://:9092\nbroker.id=1\n"
GOOD = "advertised.listeners=PLAINTEXT://b-1.example:9092\nnum.partitions=3\n"


def check(doc, ctx, options):
    if doc.extras.get("live"):
        return
    for key, entry in doc.model.last.items():
        if lookup(key) is None or settable_on_msk(key):
            continue
        if key == "listeners":
            message = "MSK does not let you set 'listeners' (only 'advertised.listeners')"
        else:
            message = f"MSK does not let you set '{key}': a read-only Kafka property outside MSK's list"
        yield Hit.at(entry, message, f"remove '{key}'; MSK manages it")

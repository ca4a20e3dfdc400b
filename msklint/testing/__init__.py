"""Test and demo support: a real Apache Kafka cluster from Maven Central jars (not used by `check`)."""

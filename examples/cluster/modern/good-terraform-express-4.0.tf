# An Express cluster on Kafka 4.0 (KRaft only), following the current MSK Developer Guide: no storage
# settings (MSK manages Express storage) and a configuration with only the static properties Express takes.
resource "aws_msk_configuration" "clicks" {
  name           = "clicks-config"
  kafka_versions = ["4.0.x.kraft"]
  server_properties = <<PROPERTIES
auto.create.topics.enable=false
num.partitions=6
log.retention.ms=604800000
PROPERTIES
}

resource "aws_msk_cluster" "clicks" {
  cluster_name           = "clicks"
  kafka_version          = "4.0.x.kraft"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "express.m7g.xlarge"
    client_subnets = [aws_subnet.a.id, aws_subnet.b.id, aws_subnet.c.id]
  }

  client_authentication {
    sasl {
      iam = true
    }
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }

  configuration_info {
    arn      = aws_msk_configuration.clicks.arn
    revision = aws_msk_configuration.clicks.latest_revision
  }
}

# A Standard cluster on Kafka 3.9.x in KRaft mode, following the current MSK Developer Guide.
resource "aws_msk_configuration" "orders" {
  name           = "orders-config"
  kafka_versions = ["3.9.x.kraft"]
  server_properties = <<PROPERTIES
auto.create.topics.enable=false
default.replication.factor=3
min.insync.replicas=2
PROPERTIES
}

resource "aws_msk_cluster" "orders" {
  cluster_name           = "orders"
  kafka_version          = "3.9.x.kraft"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m7g.large"
    client_subnets = [aws_subnet.a.id, aws_subnet.b.id, aws_subnet.c.id]
    storage_info {
      ebs_storage_info {
        volume_size = 1000
      }
    }
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
    arn      = aws_msk_configuration.orders.arn
    revision = aws_msk_configuration.orders.latest_revision
  }
}

# The Express twin with what the current guide does not allow on Express brokers.
resource "aws_msk_configuration" "clicks" {
  name           = "clicks-config"
  kafka_versions = ["4.0.x.kraft"]
  server_properties = <<PROPERTIES
auto.create.topics.enable=false
min.insync.replicas=1
num.network.threads=16
zookeeper.session.timeout.ms=18000
PROPERTIES
}

resource "aws_msk_cluster" "clicks" {
  cluster_name           = "clicks"
  kafka_version          = "4.0.x.kraft"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "express.m7g.xlarge"
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
    arn      = aws_msk_configuration.clicks.arn
    revision = aws_msk_configuration.clicks.latest_revision
  }
}

resource "aws_appautoscaling_target" "clicks_storage" {
  service_namespace  = "kafka"
  resource_id        = aws_msk_cluster.clicks.arn
  scalable_dimension = "kafka:broker-storage:VolumeSize"
  min_capacity       = 1
  max_capacity       = 4000
}

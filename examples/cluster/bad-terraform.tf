resource "aws_msk_configuration" "orders" {
  name           = "orders_config"
  kafka_versions = ["2.8.1"]
  server_properties = <<PROPERTIES
auto.create.topics.enable=true
replica.lag.time.max.ms=5000
PROPERTIES
}

resource "aws_msk_cluster" "orders" {
  cluster_name           = "orders"
  kafka_version          = "3.5.1"
  number_of_broker_nodes = 33

  broker_node_group_info {
    instance_type  = "kafka.m7g.2xlarge"
    client_subnets = [aws_subnet.a.id, aws_subnet.b.id, aws_subnet.c.id]
    storage_info {
      ebs_storage_info {
        volume_size = 1000
        provisioned_throughput {
          enabled           = true
          volume_throughput = 500
        }
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
      in_cluster    = false
    }
  }

  configuration_info {
    arn      = aws_msk_configuration.orders.arn
    revision = aws_msk_configuration.orders.latest_revision
  }
}

resource "aws_msk_serverless_cluster" "events" {
  cluster_name = "events"
  vpc_config {
    subnet_ids = [aws_subnet.a.id]
  }
}

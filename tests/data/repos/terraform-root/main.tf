locals {
  name    = "orders-${var.environment}"
  brokers = lookup(var.broker_counts, var.environment, 3)
  tiered  = var.environment == "prod" ? "TIERED" : "LOCAL"
}

resource "aws_msk_configuration" "orders" {
  name           = "${local.name}-config"
  kafka_versions = ["3.6.0"]
  server_properties = <<-PROPERTIES
    log.cleanup.policy=compact
    num.partitions=1
  PROPERTIES
}

resource "aws_msk_cluster" "orders" {
  cluster_name           = local.name
  kafka_version          = var.kafka_version
  number_of_broker_nodes = local.brokers + 1
  storage_mode           = local.tiered

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = var.subnets
    security_groups = ["sg-0a1b2c3d4e5f60001"]
  }

  configuration_info {
    arn      = aws_msk_configuration.orders.arn
    revision = aws_msk_configuration.orders.latest_revision
  }
}

module "payments" {
  source        = "./modules/msk"
  name          = "payments-${var.environment}"
  kafka_version = "3.6.0"
  subnets       = concat(var.subnets, ["subnet-0a1b2c3d4e5f60003"])
}

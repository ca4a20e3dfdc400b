resource "aws_msk_cluster" "this" {
  cluster_name           = var.name
  kafka_version          = var.kafka_version
  number_of_broker_nodes = var.brokers

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = var.subnets
    security_groups = ["sg-0a1b2c3d4e5f60001"]
  }
}

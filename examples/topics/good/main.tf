resource "kafka_topic" "payments" {
  name               = "payments"
  partitions         = 12
  replication_factor = 3
  config = {
    "min.insync.replicas" = "2"
    "retention.ms"        = "1209600000"
  }
}

resource "aws_msk_topic" "refunds" {
  cluster_arn        = aws_msk_cluster.main.arn
  name               = "refunds"
  partition_count    = 6
  replication_factor = 3
  configs = base64encode(jsonencode({
    "remote.storage.enable" = "true"
    "retention.ms"          = "7776000000"
    "local.retention.ms"    = "172800000"
  }))
}

resource "kafka_topic" "orders" {
  name               = "orders"         # T102: also in topics.yaml
  partitions         = 12
  replication_factor = 3
}

resource "aws_msk_topic" "archive" {
  cluster_arn        = aws_msk_cluster.main.arn
  name               = "archive"
  partition_count    = 6
  replication_factor = 3
  configs = jsonencode({
    "remote.storage.enable" = "true"
    "retention.ms"          = "604800000"
    "segment.ms"            = "60000"
  })
}

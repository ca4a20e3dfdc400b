resource "aws_msk_topic" "tutorial" {
  cluster_arn        = aws_msk_cluster.messaging.arn
  name               = "MSKTutorialTopic"
  partition_count    = 6
  replication_factor = 2
  configs = base64encode(jsonencode({
    "remote.storage.enable" = "true"
    "local.retention.ms"    = "1000000"
    "retention.ms"          = "604800000"
    "segment.bytes"         = "134217728"
  }))
}

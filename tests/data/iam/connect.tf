data "aws_iam_policy_document" "connector" {
  statement {
    actions   = ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"]
    resources = [aws_msk_cluster.this.arn]
  }
  statement {
    actions   = ["kafka-cluster:ReadData", "kafka-cluster:DescribeTopic"]
    resources = ["arn:aws:kafka:${var.region}:${var.account}:topic/orders/*"]
  }
}

resource "aws_iam_role" "connector" {
  name               = "connector"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["kafkaconnect.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "inline" {
  role = aws_iam_role.connector.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["kafka-cluster:WriteData", "kafka-cluster:DescribeTopic"]
      Resource = aws_msk_cluster.this.arn
    }]
  })
}

resource "aws_msk_cluster_policy" "this" {
  cluster_arn = aws_msk_cluster.this.arn
  policy      = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"AWS": "*"},
    "Action": ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers"],
    "Resource": "${aws_msk_cluster.this.arn}"
  }]
}
EOT
}

resource "aws_secretsmanager_secret" "alice" {
  name = "alice"
}

resource "aws_msk_scram_secret_association" "this" {
  cluster_arn     = aws_msk_cluster.this.arn
  secret_arn_list = [aws_secretsmanager_secret.alice.arn]
}

environment   = "prod"
kafka_version = "1.1.1"
subnets       = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]

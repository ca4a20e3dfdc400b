variable "environment" {
  type    = string
  default = "dev"
}

variable "kafka_version" {
  type    = string
  default = "3.6.0"
}

variable "subnets" {
  type = list(string)
}

variable "broker_counts" {
  type = map(number)
  default = {
    dev  = 2
    prod = 6
  }
}

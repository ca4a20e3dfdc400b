variable "name" {
  type = string
}

variable "kafka_version" {
  type = string
}

variable "subnets" {
  type = list(string)
}

variable "brokers" {
  type    = number
  default = 4
}

# The function in one AWS region. Called only by the root module (../../main.tf),
# once per region, each time with that region's provider: the root decides every
# value once, so all regions get the same configuration.

variable "region" {
  description = "AWS region of this copy; the region of the provider the root hands in."
  type        = string
}

variable "settings" {
  description = "The function's configuration, the same in every region (root main.tf, local.function_settings)."
  type = object({
    function_name         = string
    description           = string
    is_jvm                = bool
    runtime               = string
    handler               = string
    architecture          = string
    memory_size           = number
    timeout               = number
    package_path          = string
    source_code_hash      = string
    rollback_version      = string
    skill_id              = string
    role_name             = string
    role_arn              = string
    log_retention_in_days = number
    dns_suffix            = string
    tags                  = map(string)
  })
}

variable "environment" {
  description = "The function's environment (may hold the Spotify client secret)."
  type        = map(string)
  sensitive   = true
}

variable "client_secret_parameter_arn" {
  description = "ARN of the Parameter Store SecureString in this region that holds the Spotify client secret (the role may read exactly it), or null."
  type        = string
}

variable "client_secret_kms_key_arn" {
  description = "Customer managed KMS key of that parameter, or null."
  type        = string
}

variable "alarms" {
  description = "null = no alarms; else their settings (root variables alarm_*, monitoring.tf)."
  type = object({
    period                    = number
    evaluation_periods        = number
    duration_p99_threshold_ms = number
    spotify_failure_percent   = number
    link_prompt_percent       = number
    minimum_requests          = number
    email                     = string
  })
}

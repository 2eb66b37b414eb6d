# ---------------------------------------------------------------------------
# Required: the skill and the Spotify app
# ---------------------------------------------------------------------------

variable "skill_id" {
  description = "Alexa skill ID (amzn1.ask.skill.<uuid>). Used as the Lambda trigger's event source token, so only this skill can invoke the function, and passed to the function as ALEXA_SKILL_ID."
  type        = string

  validation {
    condition     = can(regex("^amzn1\\.ask\\.skill\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.skill_id))
    error_message = "The skill_id must look like amzn1.ask.skill.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (lower-case hex UUID), exactly as shown by the Alexa developer console or `ask smapi list-skills-for-vendor`."
  }
}

variable "spotify_client_id" {
  description = "Client ID of the Spotify app (developer.spotify.com dashboard). Passed as SPOTIFY_CLIENT_ID."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9]+$", var.spotify_client_id))
    error_message = "The spotify_client_id must be the alphanumeric client ID from the Spotify dashboard (no spaces, quotes or line breaks)."
  }
}

variable "spotify_client_secret" {
  description = "Client secret of the Spotify app, for a quick start. Passed as SPOTIFY_CLIENT_SECRET; never output. It is stored in the Terraform state and readable in the function's configuration: prefer spotify_client_secret_parameter (secrets.tf). Set this or spotify_client_secret_parameter, not both; prefer TF_VAR_spotify_client_secret over writing it into a file."
  type        = string
  default     = null
  sensitive   = true

  validation {
    condition     = var.spotify_client_secret == null ? true : can(regex("^[A-Za-z0-9]+$", var.spotify_client_secret))
    error_message = "The spotify_client_secret must be the alphanumeric client secret from the Spotify dashboard (no spaces, quotes or line breaks)."
  }
}

# ---------------------------------------------------------------------------
# Packaging of the Quarkus build
# ---------------------------------------------------------------------------

variable "packaging" {
  description = "How target/function.zip was built: \"native\" (./mvnw package -Dnative; zip contains an executable `bootstrap`, runtime provided.al2023) or \"jvm\" (./mvnw package; Java runtime with SnapStart and the alias \"live\"). The plan refuses a zip whose function.zip.json says it is the other kind."
  type        = string
  default     = "native"

  validation {
    condition     = contains(["native", "jvm"], var.packaging)
    error_message = "The packaging must be \"native\" or \"jvm\"."
  }
}

variable "architecture" {
  description = "Lambda instruction set architecture: \"x86_64\" or \"arm64\". For native packaging it must match the CPU of the zip's `bootstrap` executable; the plan checks it against function.zip.json (see README)."
  type        = string
  default     = "x86_64"

  validation {
    condition     = contains(["x86_64", "arm64"], var.architecture)
    error_message = "The architecture must be \"x86_64\" or \"arm64\"."
  }
}

variable "jvm_runtime" {
  description = "Java runtime for packaging = \"jvm\". \"java21\" is the only one: the function is built for Java 21, and the pinned hashicorp/aws 5.x does not know java25 (see README, Java runtime). Ignored for native."
  type        = string
  default     = "java21"

  validation {
    condition     = contains(["java21"], var.jvm_runtime)
    error_message = "The jvm_runtime must be \"java21\": hashicorp/aws 5.x, which this module pins, does not know newer Java runtimes (see README, Java runtime)."
  }
}

variable "java_tool_options" {
  description = "JAVA_TOOL_OPTIONS for packaging = \"jvm\". null = \"-XX:+TieredCompilation -XX:TieredStopAtLevel=1\" (C1 only, Lambda's own default for java21). \"\" = do not set the variable. Ignored for native."
  type        = string
  default     = null
}

variable "package_path" {
  description = "Path of the deployment zip built by Quarkus, with the function.zip.json the build writes beside it (see README, step 3). null = <module>/../target/function.zip. A relative path is relative to the directory terraform runs in."
  type        = string
  default     = null

  validation {
    condition     = var.package_path == null ? true : endswith(var.package_path, ".zip")
    error_message = "The package_path must point to the .zip built by Quarkus (normally target/function.zip)."
  }
}

variable "rollback_version" {
  description = "JVM only: pin the alias \"live\" (which Alexa calls) to this earlier published version number, e.g. \"7\". null = the version published by this apply. See README, Rollback."
  type        = string
  default     = null

  validation {
    condition     = var.rollback_version == null ? true : can(regex("^[1-9][0-9]*$", var.rollback_version))
    error_message = "The rollback_version must be a published version number such as \"7\" (not $LATEST), or null."
  }
}

# ---------------------------------------------------------------------------
# Function settings
# ---------------------------------------------------------------------------

variable "memory_size" {
  description = "Memory in MB (CPU share grows with it). null = 512 for native, 1024 for jvm."
  type        = number
  default     = null

  validation {
    condition     = var.memory_size == null ? true : (var.memory_size >= 128 && var.memory_size <= 10240 && floor(var.memory_size) == var.memory_size)
    error_message = "The memory_size must be a whole number of MB between 128 and 10240, or null for the packaging's default."
  }
}

variable "timeout" {
  description = "Function timeout in seconds. Alexa waits about 8 s for a skill response, so longer timeouts only cost money; the default 7 lets the function time out (and log it) before Alexa gives up."
  type        = number
  default     = 7

  validation {
    condition     = var.timeout >= 1 && var.timeout <= 8 && floor(var.timeout) == var.timeout
    error_message = "The timeout must be a whole number of seconds between 1 and 8 (Alexa gives up after about 8 s)."
  }
}

variable "log_level" {
  description = "Quarkus root log level, passed as QUARKUS_LOG_LEVEL."
  type        = string
  default     = "INFO"

  validation {
    condition     = contains(["OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL", "SEVERE", "WARNING", "CONFIG", "FINE", "FINER", "FINEST"], var.log_level)
    error_message = "The log_level must be a Quarkus log level in upper case: OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE or ALL."
  }
}

variable "log_retention_in_days" {
  description = "Retention of the log group /aws/lambda/<function name>, in days."
  type        = number
  default     = 14

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_in_days)
    error_message = "The log_retention_in_days must be one of the values CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653."
  }
}

variable "spotify_api_url" {
  description = "Optional override of the Spotify Web API base URL (SPOTIFY_API_URL). null = not set; the function then uses https://api.spotify.com/v1."
  type        = string
  default     = null

  validation {
    condition     = var.spotify_api_url == null ? true : (can(regex("^https?://[^\\s/]+(/\\S*)?$", var.spotify_api_url)) && !endswith(var.spotify_api_url, "/"))
    error_message = "The spotify_api_url must be an http(s) URL without a trailing slash, e.g. https://api.spotify.com/v1, or null."
  }
}

variable "spotify_accounts_url" {
  description = "Optional override of the Spotify accounts service base URL (SPOTIFY_ACCOUNTS_URL). null = not set; the function then uses https://accounts.spotify.com."
  type        = string
  default     = null

  validation {
    condition     = var.spotify_accounts_url == null ? true : (can(regex("^https?://[^\\s/]+(/\\S*)?$", var.spotify_accounts_url)) && !endswith(var.spotify_accounts_url, "/"))
    error_message = "The spotify_accounts_url must be an http(s) URL without a trailing slash, e.g. https://accounts.spotify.com, or null."
  }
}

# ---------------------------------------------------------------------------
# Naming, placement, tags
# ---------------------------------------------------------------------------

variable "name_prefix" {
  description = "Prefix of all resource names: function <prefix>-skill, role <prefix>-skill-exec, log group /aws/lambda/<prefix>-skill."
  type        = string
  default     = "music-butler"

  validation {
    condition     = can(regex("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$", var.name_prefix))
    error_message = "The name_prefix must be 1-40 characters of letters, digits, '-' and '_' (Lambda function and IAM role names are limited to 64 characters)."
  }
}

variable "region" {
  description = "Home AWS region: its function is the skill's default endpoint, and the dashboard is there. With one region (regions = null) the only one: use the Alexa region closest to your users: eu-west-1 (Europe, India), us-east-1 (North America), us-west-2 (Far East). Do not change it after the first apply (README, Alexa regions)."
  type        = string
  default     = "eu-west-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "The region must be an AWS region code such as eu-west-1 or us-east-1."
  }
}

variable "regions" {
  description = "The AWS regions to deploy the function to, one per Alexa region it should answer from nearby: \"us-east-1\" (North America), \"eu-west-1\" (Europe and India), \"us-west-2\" (Far East). Must contain region. null = only region. See README, Alexa regions."
  type        = list(string)
  default     = null

  validation {
    condition = var.regions == null ? true : (
      length(var.regions) > 0 &&
      length(distinct(var.regions)) == length(var.regions) &&
      alltrue([for r in var.regions : contains(["us-east-1", "eu-west-1", "us-west-2"], r)])
    )
    error_message = "The regions must be one or more distinct regions Alexa sends requests to: \"us-east-1\" (North America), \"eu-west-1\" (Europe and India), \"us-west-2\" (Far East); or null for region alone."
  }
}

variable "tags" {
  description = "Extra tags for all taggable resources (merged over Application and ManagedBy)."
  type        = map(string)
  default     = {}
}

# ---------------------------------------------------------------------------
# Offline dry run
# ---------------------------------------------------------------------------

variable "offline_plan" {
  description = "true = let `terraform plan` show everything it would create without AWS credentials or network access to AWS: the provider gets placeholder keys and skips its account and credential checks. For reviewing a plan only; an apply with it fails at the first AWS call. See README, Offline dry run."
  type        = bool
  default     = false
  nullable    = false
}

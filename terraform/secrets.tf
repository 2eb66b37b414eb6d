# ---------------------------------------------------------------------------
# The Spotify client secret: either a Terraform variable (quick start; the
# secret is then in the state and the function's environment) or a Parameter
# Store SecureString the person creates themselves, which the function reads
# on its first search with its own role. Terraform then only ever sees the
# parameter's name: the secret is in neither plan, state nor environment.
# ---------------------------------------------------------------------------

variable "spotify_client_secret_parameter" {
  description = "Name (e.g. \"/music-butler/spotify-client-secret\") of an SSM Parameter Store SecureString that holds the Spotify client secret, created outside Terraform in every region of regions; or, with one region, its ARN. The function gets only this name (SPOTIFY_CLIENT_SECRET_PARAMETER) and its role may read exactly this parameter in each region. Set this or spotify_client_secret, not both."
  type        = string
  default     = null

  validation {
    condition = var.spotify_client_secret_parameter == null ? true : (
      can(regex("^arn:aws[a-z-]*:ssm:[a-z0-9-]+:[0-9]{12}:parameter/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$", var.spotify_client_secret_parameter)) ||
      can(regex("^/?[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$", var.spotify_client_secret_parameter))
    )
    error_message = "The spotify_client_secret_parameter must be a Parameter Store name such as /music-butler/spotify-client-secret (letters, digits, _ . - and / between path parts) or a parameter ARN (arn:aws:ssm:<region>:<account>:parameter/...)."
  }
}

variable "spotify_client_secret_kms_key_arn" {
  description = "Only with spotify_client_secret_parameter, and only if the SecureString is encrypted with a customer managed KMS key: that key's ARN. The role may then decrypt with it through Parameter Store only, and only for this parameter. null = the AWS managed key alias/aws/ssm, which needs no grant."
  type        = string
  default     = null

  validation {
    condition     = var.spotify_client_secret_kms_key_arn == null ? true : can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[0-9a-f-]+$", var.spotify_client_secret_kms_key_arn))
    error_message = "The spotify_client_secret_kms_key_arn must be a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>), not an alias, or null."
  }
}

locals {
  client_secret_from_parameter   = var.spotify_client_secret_parameter != null
  client_secret_parameter_is_arn = startswith(coalesce(var.spotify_client_secret_parameter, "-"), "arn:")

  # Parameter Store is regional and the function reads its own region's: a name
  # means the parameter of that name in each region (create it in every one,
  # README, Alexa regions); an ARN names one parameter in one region.
  client_secret_parameter_arns = {
    for r in distinct(concat([var.region], keys(local.alexa_region_of))) : r => (
      !local.client_secret_from_parameter ? null :
      local.client_secret_parameter_is_arn ? var.spotify_client_secret_parameter :
      "arn:${data.aws_partition.current[0].partition}:ssm:${r}:${data.aws_caller_identity.current[0].account_id}:parameter/${trimprefix(var.spotify_client_secret_parameter, "/")}"
    )
  }
  # The home region's, as before there were regions.
  client_secret_parameter_arn = local.client_secret_parameter_arns[var.region]

  # (Nested conditionals: && does not short-circuit, and split() of a name has no [3].)
  client_secret_parameter_problem = (
    local.client_secret_parameter_is_arn ? (
      length(local.regions) > 1 ?
      "The spotify_client_secret_parameter must be a name, not an ARN, with more than one region: each function reads the parameter of that name in its own region (README, Alexa regions)." :
      split(":", var.spotify_client_secret_parameter)[3] != var.region ?
      "The spotify_client_secret_parameter must be in the function's region (${var.region}): the function reads it from Parameter Store in its own region." :
      null
    ) :
    var.spotify_client_secret_kms_key_arn != null && length(local.regions) > 1 ?
    "The spotify_client_secret_kms_key_arn (a customer managed key) only works with one region: a KMS key ARN names one region's key. With several regions, encrypt the parameters with the AWS managed key aws/ssm (README, Alexa regions)." :
    null
  )

  # Exactly one of the two reaches the function (main.tf checks that one is set).
  client_secret_environment = (
    local.client_secret_from_parameter
    ? { SPOTIFY_CLIENT_SECRET_PARAMETER = var.spotify_client_secret_parameter }
    : { SPOTIFY_CLIENT_SECRET = var.spotify_client_secret }
  )

  dns_suffix = local.client_secret_from_parameter ? data.aws_partition.current[0].dns_suffix : "amazonaws.com"
}

data "aws_partition" "current" {
  count = local.client_secret_from_parameter ? 1 : 0
}

# Only to turn a parameter name into its ARNs.
data "aws_caller_identity" "current" {
  count = local.client_secret_from_parameter && !local.client_secret_parameter_is_arn ? 1 : 0
}

output "spotify_client_secret_parameter_arn" {
  description = "ARN of the Parameter Store parameter the home region's function reads the Spotify client secret from (the only one its role may read there), or null when the secret is the variable spotify_client_secret. Every region's: output regions."
  value       = local.client_secret_parameter_arn
}

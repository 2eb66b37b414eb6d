# ---------------------------------------------------------------------------
# The Spotify client secret: either a Terraform variable (quick start; the
# secret is then in the state and the function's environment) or a Parameter
# Store SecureString the person creates themselves, which the function reads
# on its first search with its own role. Terraform then only ever sees the
# parameter's name: the secret is in neither plan, state nor environment.
# ---------------------------------------------------------------------------

variable "spotify_client_secret_parameter" {
  description = "Name (e.g. \"/music-butler/spotify-client-secret\") or ARN of an SSM Parameter Store SecureString in var.region that holds the Spotify client secret, created outside Terraform. The function gets only this name (SPOTIFY_CLIENT_SECRET_PARAMETER) and its role may read exactly this parameter. Set this or spotify_client_secret, not both."
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
  client_secret_from_parameter = var.spotify_client_secret_parameter != null
  client_secret_parameter_arn = !local.client_secret_from_parameter ? null : (
    startswith(var.spotify_client_secret_parameter, "arn:")
    ? var.spotify_client_secret_parameter
    : "arn:${data.aws_partition.current[0].partition}:ssm:${var.region}:${data.aws_caller_identity.current[0].account_id}:parameter/${trimprefix(var.spotify_client_secret_parameter, "/")}"
  )

  # Exactly one of the two reaches the function (main.tf checks that one is set).
  client_secret_environment = (
    local.client_secret_from_parameter
    ? { SPOTIFY_CLIENT_SECRET_PARAMETER = var.spotify_client_secret_parameter }
    : { SPOTIFY_CLIENT_SECRET = var.spotify_client_secret }
  )
}

data "aws_partition" "current" {
  count = local.client_secret_from_parameter ? 1 : 0
}

# Only to turn a parameter name into its ARN.
data "aws_caller_identity" "current" {
  count = local.client_secret_from_parameter && !startswith(coalesce(var.spotify_client_secret_parameter, "-"), "arn:") ? 1 : 0
}

data "aws_iam_policy_document" "client_secret" {
  count = local.client_secret_from_parameter ? 1 : 0

  statement {
    sid       = "ReadSpotifyClientSecret"
    effect    = "Allow"
    actions   = ["ssm:GetParameter"]
    resources = [local.client_secret_parameter_arn]
  }

  dynamic "statement" {
    for_each = var.spotify_client_secret_kms_key_arn == null ? [] : [var.spotify_client_secret_kms_key_arn]
    content {
      sid       = "DecryptSpotifyClientSecret"
      effect    = "Allow"
      actions   = ["kms:Decrypt"]
      resources = [statement.value]

      # Only when Parameter Store decrypts this very parameter on the role's behalf.
      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["ssm.${var.region}.${data.aws_partition.current[0].dns_suffix}"]
      }
      condition {
        test     = "StringEquals"
        variable = "kms:EncryptionContext:PARAMETER_ARN"
        values   = [local.client_secret_parameter_arn]
      }
    }
  }
}

resource "aws_iam_role_policy" "client_secret" {
  count = local.client_secret_from_parameter ? 1 : 0

  name   = "read-spotify-client-secret"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.client_secret[0].json

  lifecycle {
    precondition {
      condition     = split(":", local.client_secret_parameter_arn)[3] == var.region
      error_message = "The spotify_client_secret_parameter must be in the function's region (${var.region}): the function reads it from Parameter Store in its own region."
    }
  }
}

output "spotify_client_secret_parameter_arn" {
  description = "ARN of the Parameter Store parameter the function reads the Spotify client secret from (the only one its role may read), or null when the secret is the variable spotify_client_secret."
  value       = local.client_secret_parameter_arn
}

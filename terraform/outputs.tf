locals {
  # The ARN Alexa must call: the alias for JVM (SnapStart), the function for native.
  skill_endpoint_arn = local.is_jvm ? aws_lambda_alias.live[0].arn : aws_lambda_function.this.arn
}

output "skill_endpoint_arn" {
  description = "ARN to put into skill-package/skill.json at manifest.apis.custom.endpoint.uri (alias \"live\" for jvm, the function for native)."
  value       = local.skill_endpoint_arn
}

output "skill_json_endpoint" {
  description = "Ready skill.json fragment with the endpoint; merge it into skill-package/skill.json (see README)."
  value = jsonencode({
    manifest = {
      apis = {
        custom = {
          endpoint = {
            uri = local.skill_endpoint_arn
          }
        }
      }
    }
  })
}

output "function_name" {
  description = "Name of the Lambda function."
  value       = aws_lambda_function.this.function_name
}

output "function_arn" {
  description = "Unqualified ARN of the Lambda function."
  value       = aws_lambda_function.this.arn
}

output "published_version" {
  description = "Version number published by the last apply."
  value       = aws_lambda_function.this.version
}

output "alias_arn" {
  description = "ARN of the alias \"live\" (jvm only, null for native)."
  value       = local.is_jvm ? aws_lambda_alias.live[0].arn : null
}

output "alias_version" {
  description = "Version the alias \"live\" points at (jvm only, null for native)."
  value       = local.is_jvm ? aws_lambda_alias.live[0].function_version : null
}

output "runtime" {
  description = "Lambda runtime in use."
  value       = aws_lambda_function.this.runtime
}

output "log_group_name" {
  description = "CloudWatch log group of the function (e.g. aws logs tail <name> --follow)."
  value       = aws_cloudwatch_log_group.this.name
}

output "role_arn" {
  description = "ARN of the function's execution role."
  value       = aws_iam_role.this.arn
}

# ---------------------------------------------------------------------------
# Account linking (README, step 7)
# ---------------------------------------------------------------------------

locals {
  # account-linking.json is the request's shape (Spotify's URLs, HTTP Basic,
  # the scopes); Terraform adds the values it holds, so the secret never has
  # to be written into a file.
  account_linking_template      = jsondecode(file("${path.module}/../account-linking.json")).accountLinkingRequest
  account_linking_client_secret = var.spotify_client_secret
  account_linking_request = jsonencode({
    accountLinkingRequest = merge(
      local.account_linking_template,
      {
        clientId     = var.spotify_client_id
        clientSecret = local.account_linking_client_secret
      },
      # The same accounts service the function uses (a stand-in in tests).
      var.spotify_accounts_url == null ? {} : {
        authorizationUrl = "${var.spotify_accounts_url}/authorize"
        accessTokenUrl   = "${var.spotify_accounts_url}/api/token"
      },
    )
  })
}

output "account_linking_request" {
  description = "The complete account-linking request for `ask smapi update-account-linking-info --account-linking-request` (README, step 7): account-linking.json with the Spotify app's client ID and secret. Sensitive: it holds the secret."
  value       = local.account_linking_request
  sensitive   = true
}

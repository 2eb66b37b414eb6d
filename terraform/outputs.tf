locals {
  # The ARN Alexa must call in the home region: the alias for JVM (SnapStart), the function for native.
  skill_endpoint_arn = module.primary.endpoint_arn
}

output "skill_endpoint_arn" {
  description = "ARN of the home region's endpoint, for skill-package/skill.json at manifest.apis.custom.endpoint.uri (alias \"live\" for jvm, the function for native). With several regions use skill_json_endpoint."
  value       = local.skill_endpoint_arn
}

output "skill_json_endpoint" {
  description = "Ready skill.json fragment: manifest.apis.custom.endpoint (the home region's) and, with more than one region, manifest.apis.custom.regions with each Alexa region's endpoint (NA, EU, FE). Merge it into skill-package/skill.json (README, step 5)."
  value = jsonencode({
    manifest = {
      apis = {
        custom = local.skill_json_custom
      }
    }
  })
}

output "skill_endpoint_arns" {
  description = "The endpoint ARN per AWS region deployed to, e.g. {\"eu-west-1\" = \"arn:aws:lambda:eu-west-1:...\"}."
  value       = local.endpoint_arns
}

output "regions" {
  description = "Per AWS region deployed to: the Alexa region it serves (null for a region outside NA/EU/FE), endpoint, function ARN, published version, log group, alarm topic and the client secret's parameter ARN."
  value = {
    for r, m in local.deployed : r => {
      alexa_region                        = lookup(local.alexa_region_of, r, null)
      endpoint_arn                        = m.endpoint_arn
      function_arn                        = nonsensitive(m.function.arn)
      published_version                   = nonsensitive(m.function.version)
      log_group_name                      = m.log_group.name
      alarm_topic_arn                     = m.alarm_topic_arn
      spotify_client_secret_parameter_arn = local.client_secret_parameter_arns[r]
    }
  }
}

output "function_name" {
  description = "Name of the Lambda function (the same in every region)."
  value       = nonsensitive(module.primary.function.function_name)
}

output "function_arn" {
  description = "Unqualified ARN of the home region's Lambda function."
  value       = nonsensitive(module.primary.function.arn)
}

output "published_version" {
  description = "Version number published in the home region by the last apply (every region's: output regions)."
  value       = nonsensitive(module.primary.function.version)
}

output "source_code_hash" {
  description = "What identifies the deployed code (package.tf): base64 SHA-256 of function.zip.json's inputs_sha256, or of the zip when it was described without inputs. A new value publishes a new version."
  value       = local.source_code_hash
}

output "alias_arn" {
  description = "ARN of the home region's alias \"live\" (jvm only, null for native)."
  value       = local.is_jvm ? module.primary.alias[0].arn : null
}

output "alias_version" {
  description = "Version the home region's alias \"live\" points at (jvm only, null for native)."
  value       = local.is_jvm ? module.primary.alias[0].function_version : null
}

output "runtime" {
  description = "Lambda runtime in use."
  value       = nonsensitive(module.primary.function.runtime)
}

output "log_group_name" {
  description = "CloudWatch log group of the function, the same name in every region (e.g. aws logs tail <name> --follow --region <region>)."
  value       = module.primary.log_group.name
}

output "role_arn" {
  description = "ARN of the function's execution role (one for all regions)."
  value       = aws_iam_role.this.arn
}

output "alarm_names" {
  description = "Names of the alarms (the same in every region), empty with create_alarms = false. What each means: README, Alarms."
  value       = sort([for a in values(module.primary.alarms) : a.alarm_name])
}

output "dashboard_name" {
  description = "Name of the CloudWatch dashboard in the home region, or null with create_dashboard = false."
  value       = one(aws_cloudwatch_dashboard.this[*].dashboard_name)
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

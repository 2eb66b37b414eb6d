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

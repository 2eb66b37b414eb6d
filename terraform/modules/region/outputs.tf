# Whole objects as well as single values: the root passes on what it documents,
# and its tests (terraform/tests) can only see a module's outputs.

output "endpoint_arn" {
  description = "The ARN Alexa calls in this region: the alias live (jvm) or the function (native)."
  value       = var.settings.is_jvm ? aws_lambda_alias.live[0].arn : aws_lambda_function.this.arn
}

output "function" {
  description = "The aws_lambda_function (sensitive: its environment may hold the client secret)."
  value       = aws_lambda_function.this
  sensitive   = true
}

output "alias" {
  description = "The aws_lambda_alias live as a list: one for jvm, none for native."
  value       = aws_lambda_alias.live
}

output "permission" {
  description = "The Alexa Skills Kit trigger (aws_lambda_permission)."
  value       = aws_lambda_permission.alexa
}

output "log_group" {
  description = "The aws_cloudwatch_log_group /aws/lambda/<function name>."
  value       = aws_cloudwatch_log_group.this
}

output "logs_policy" {
  description = "The role's inline policy for this region's log group."
  value       = aws_iam_role_policy.logs
}

output "logs_policy_document" {
  description = "Its policy document."
  value       = data.aws_iam_policy_document.logs
}

output "client_secret_policy" {
  description = "The role's inline policy to read the client secret's parameter in this region (a list: none without a parameter)."
  value       = aws_iam_role_policy.client_secret
}

output "client_secret_policy_document" {
  description = "Its policy document (a list)."
  value       = data.aws_iam_policy_document.client_secret
}

output "alarms" {
  description = "The alarms by name suffix (errors, throttles, duration, spotify-failures, link-prompts); empty without alarms."
  value = merge(
    { for a in aws_cloudwatch_metric_alarm.errors : "errors" => a },
    { for a in aws_cloudwatch_metric_alarm.throttles : "throttles" => a },
    { for a in aws_cloudwatch_metric_alarm.duration : "duration" => a },
    aws_cloudwatch_metric_alarm.share,
  )
}

output "alarm_topic_arn" {
  description = "ARN of the SNS topic the alarms notify, or null without alarm e-mail."
  value       = one(aws_sns_topic.alarms[*].arn)
}

# ---------------------------------------------------------------------------
# Alarms of this region's function (terraform/README.md, Alarms). CloudWatch
# alarms and the SNS topics they notify are regional, so each region has its
# own. The function's own metrics are the EMF records it writes
# (namespace MusicButler, dimension Function; docs/operating.md), Lambda's are
# AWS/Lambda by FunctionName (all versions and aliases together).
# ---------------------------------------------------------------------------

locals {
  alarms_enabled = var.alarms != null
  alarm_actions  = local.alarms_enabled && try(var.alarms.email, null) != null ? [aws_sns_topic.alarms[0].arn] : []

  # The share alarms: 100 * SUM(<count>) / SUM(Requests) per period, 0 while
  # fewer than minimum_requests requests came in (one failed request out of two
  # is not a trend).
  share_alarms = !local.alarms_enabled ? {} : {
    spotify-failures = {
      metric      = "SpotifyFailures"
      threshold   = var.alarms.spotify_failure_percent
      description = "More than ${var.alarms.spotify_failure_percent} % of the requests to ${var.settings.function_name} (${var.region}) ended in a Spotify failure (Outcome spotify_*). See terraform/README.md#alarms."
    }
    link-prompts = {
      metric      = "LinkPrompts"
      threshold   = var.alarms.link_prompt_percent
      description = "More than ${var.alarms.link_prompt_percent} % of the requests to ${var.settings.function_name} (${var.region}) were answered by asking to link or re-link Spotify (a revoked Spotify app or changed client secret shows up as this). See terraform/README.md#alarms."
    }
  }
}

resource "aws_sns_topic" "alarms" {
  count = local.alarms_enabled && try(var.alarms.email, null) != null ? 1 : 0

  name = "${var.settings.function_name}-alarms"
  tags = var.settings.tags
}

resource "aws_sns_topic_subscription" "alarm_email" {
  count = length(aws_sns_topic.alarms)

  topic_arn = aws_sns_topic.alarms[0].arn
  protocol  = "email"
  endpoint  = var.alarms.email
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  count = local.alarms_enabled ? 1 : 0

  alarm_name          = "${var.settings.function_name}-errors"
  alarm_description   = "${var.settings.function_name} (${var.region}) failed an invocation (an uncaught error, a crash or a timeout): Alexa told the listener there was a problem. See terraform/README.md#alarms."
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = var.settings.function_name }
  statistic           = "Sum"
  period              = var.alarms.period
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.settings.tags
}

resource "aws_cloudwatch_metric_alarm" "throttles" {
  count = local.alarms_enabled ? 1 : 0

  alarm_name          = "${var.settings.function_name}-throttles"
  alarm_description   = "Lambda refused to run ${var.settings.function_name} (${var.region}) for lack of concurrency: those listeners got no answer. See terraform/README.md#alarms."
  namespace           = "AWS/Lambda"
  metric_name         = "Throttles"
  dimensions          = { FunctionName = var.settings.function_name }
  statistic           = "Sum"
  period              = var.alarms.period
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.settings.tags
}

resource "aws_cloudwatch_metric_alarm" "duration" {
  count = local.alarms_enabled ? 1 : 0

  alarm_name          = "${var.settings.function_name}-duration"
  alarm_description   = "The slowest 1 % of invocations of ${var.settings.function_name} (${var.region}) took ${var.alarms.duration_p99_threshold_ms} ms or more; Alexa gives up after about 8 s. See terraform/README.md#alarms."
  namespace           = "AWS/Lambda"
  metric_name         = "Duration"
  dimensions          = { FunctionName = var.settings.function_name }
  extended_statistic  = "p99"
  period              = var.alarms.period
  evaluation_periods  = var.alarms.evaluation_periods
  datapoints_to_alarm = var.alarms.evaluation_periods
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = var.alarms.duration_p99_threshold_ms
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.settings.tags
}

resource "aws_cloudwatch_metric_alarm" "share" {
  for_each = local.share_alarms

  alarm_name          = "${var.settings.function_name}-${each.key}"
  alarm_description   = each.value.description
  evaluation_periods  = var.alarms.evaluation_periods
  datapoints_to_alarm = var.alarms.evaluation_periods
  comparison_operator = "GreaterThanThreshold"
  threshold           = each.value.threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
  tags                = var.settings.tags

  metric_query {
    id          = "share"
    label       = "${each.value.metric} in % of Requests"
    expression  = "IF(requests >= ${var.alarms.minimum_requests}, 100 * part / requests, 0)"
    return_data = true
  }

  metric_query {
    id = "part"
    metric {
      namespace   = "MusicButler"
      metric_name = each.value.metric
      dimensions  = { Function = var.settings.function_name }
      stat        = "Sum"
      period      = var.alarms.period
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "MusicButler"
      metric_name = "Requests"
      dimensions  = { Function = var.settings.function_name }
      stat        = "Sum"
      period      = var.alarms.period
    }
  }
}
